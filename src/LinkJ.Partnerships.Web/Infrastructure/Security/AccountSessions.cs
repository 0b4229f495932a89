using System.Security.Claims;
using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// A session ends on the next request once its account is disabled or its security stamp changes (a password
/// reset, a role change). Identity's own stamp check runs only every few minutes; this one runs on every
/// request, which costs one lookup by primary key and lets no disabled account keep working for those minutes.
/// </summary>
public static class AccountSessions
{
    // Compiled: this runs on every signed-in request, and EF would otherwise look the query up in its cache each time.
    private static readonly Func<RegistryDbContext, string, CancellationToken, Task<AccountState?>> StateOf =
        EF.CompileAsyncQuery((RegistryDbContext db, string userId, CancellationToken _) => db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountState(u.SecurityStamp, u.DisabledAt))
            .FirstOrDefault());

    public static IServiceCollection AddAccountSessionChecks(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<IdentityOptions>>((options, identity) =>
            {
                var inner = options.Events.OnValidatePrincipal;
                var stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
                options.Events.OnValidatePrincipal = async context =>
                {
                    await inner(context);
                    if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
                    {
                        return;
                    }

                    var db = context.HttpContext.RequestServices.GetRequiredService<RegistryDbContext>();
                    var account = await StateOf(db, userId, context.HttpContext.RequestAborted);
                    if (account is null || account.DisabledAt is not null || account.SecurityStamp != context.Principal.FindFirstValue(stampClaim))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(context.Scheme.Name);
                    }
                };
            });
        return services;
    }

    private sealed record AccountState(string? SecurityStamp, DateTime? DisabledAt);
}
