using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

public static class SecuritySetup
{
    /// <summary>Identity accounts in the registry database, and authorization that denies by default.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Length over composition rules: docs/decisions/005-password-policy.md.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // A backstop for guesses spread over many addresses; one address is stopped sooner by SignInThrottle.
                options.Lockout.MaxFailedAccessAttempts = 20;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<Localization.LocalizedIdentityErrors>()
            .AddEntityFrameworkStores<RegistryDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "linkj.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddSessionCookies();
        services.AddAccountSessionChecks();
        services.AddSignInRateLimit();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddSecurityHeaders();
        services.AddScoped<Tokens.AccessTokenVerifier>();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Tokens.AccessTokenAuthentication>(Tokens.AccessTokenAuthentication.SchemeName, null);
        services.AddRequestLimits();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        return services;
    }

    /// <summary>
    /// The public read API (<c>/api</c>, see Api/PublicApi.cs) is open to anyone; it answers only GET and HEAD
    /// (a POST gets 405, other methods are refused by <see cref="AllowedMethods"/>). Opening it is a security decision.
    /// </summary>
    public static TBuilder AllowPublicApi<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AllowAnonymous();

    /// <summary>
    /// A calendar feed (<c>/calendar/{token}.ics</c>, Calendar/CalendarFeed.cs) is fetched by calendar apps, which
    /// have no session: the token in its address is its only credential, checked by the feed itself (404 otherwise).
    /// </summary>
    public static TBuilder AllowCalendarFeed<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AllowAnonymous();

    /// <summary>
    /// Whole folders are protected; only the public pages opt out. A new page is therefore
    /// signed-in-only unless it sits in a public folder.
    /// </summary>
    public static void ProtectFolders(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Staff", Policies.Staff);
        conventions.AddFolderApplicationModelConvention("/Staff", model => model.Filters.Add(new NoStore()));
        conventions.AuthorizeFolder("/Admin", Policies.Admin);
        // Pages that show a token's secret once, or list tokens: nothing may keep a copy.
        conventions.AddPageApplicationModelConvention("/Account/Tokens", model => model.Filters.Add(new NoStore()));
        conventions.AddPageApplicationModelConvention("/Account/Calendar", model => model.Filters.Add(new NoStore()));
        conventions.AddFolderApplicationModelConvention("/Admin/Tokens", model => model.Filters.Add(new NoStore()));
        conventions.AllowAnonymousToPage("/Index");
        conventions.AllowAnonymousToPage("/Error");
        conventions.AllowAnonymousToFolder("/Partners"); // the directory, the profiles and the map (/partners/map)
        conventions.AllowAnonymousToPage("/Account/SignIn");
        conventions.AllowAnonymousToPage("/Account/AccessDenied");
        conventions.AllowAnonymousToPage("/Account/Language");

        // The public pages again in Japanese (decision 040): the same pages, so the same anonymous access and cache.
        conventions.AddJapaneseRoute("/Index", "ja");
        conventions.AddJapaneseRoute("/Partners/Index", "ja/partners");
        conventions.AddJapaneseRoute("/Partners/Details", "ja/partners/{slug}");
        conventions.AddJapaneseRoute("/Partners/Map", "ja/partners/map");
    }
}
