using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Api;
using LinkJ.Partnerships.Web.Calendar;
using LinkJ.Partnerships.Web.Infrastructure.Caching;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Serilog;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class PagesSetup
{
    public static IServiceCollection AddRegistryPages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages(options => SecuritySetup.ProtectFolders(options.Conventions))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddPublicPageCache();
        services.AddSingleton<Pages.Partners.DirectoryReadModel>();
        services.AddSingleton<Pages.Partners.ProfileReadModel>();
        services.AddSingleton<Pages.Staff.Agreements.AgreementListOrder>();
        services.AddScoped<Pages.Partners.PartnerDirectory>();
        services.AddScoped<Pages.Staff.Quality.DataQualityChecks>();
        services.AddScoped<Pages.Staff.Agreements.AgreementSearchRunner>();
        services.AddSingleton<RegistryReadCache>();
        services.AddSafeBooleanBinding();

        // Japanese and other non-Latin text is written as itself, not as numeric entities; markup is still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRegistryLanguages();

        // Validation is called explicitly in each page model; the adapters only add client-side hints.
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddFluentValidationClientsideAdapters();
        ValidationNames.UseResourceNames();
        return services;
    }

    public static WebApplication UseRegistryPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLimits();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = RequestLogLevel.For;
        });
        app.UseAllowedMethods();
        app.UseRequestLocalization();
        app.UseBenchmarkReference();
        app.UseRouting();
        // A revalidated public API answer is a 304 before anything else runs (Api/ApiNotModified.cs).
        app.UseApiNotModified();
        // Before authentication, so a request with a guessed token is counted like any other (Api/ApiRateLimit.cs).
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicPageCache();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapStaffApi();
        app.MapPublicApi();
        app.MapCalendarFeed();

        // An unknown address is a 404 for everyone; without this, the deny-by-default policy would send
        // anonymous visitors to sign-in instead.
        app.MapFallback("{*path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
