using System.Security.Claims;
using System.Text.Encodings.Web;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> with a personal access token. A scheme of its own that is never the
/// default: only the staff API's policy (<see cref="StaffApiPolicy"/>) names it, so a token opens nothing else. Pages
/// authenticate with the cookie alone and every POST is refused by the API, so a token never reaches a page or a write.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder, AccessTokenVerifier verifier)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "AccessToken";

    private const string BearerPrefix = "Bearer ";

    /// <summary>Signed in by an API token whose owner is Staff or Admin.</summary>
    public static readonly AuthorizationPolicy StaffApiPolicy = new AuthorizationPolicyBuilder(SchemeName)
        .RequireAuthenticatedUser().RequireRole(Roles.Staff, Roles.Admin).Build();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var holder = await verifier.VerifyAsync(header[BearerPrefix.Length..].Trim(), TokenPurpose.Api, Context.RequestAborted);
        if (holder is null)
        {
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired, or its account is disabled.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, holder.OwnerId),
                new Claim(ClaimTypes.Name, holder.OwnerName),
                .. holder.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c> (RFC 6750) and a problem details body, never a redirect to sign-in.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
        Response.Headers.WWWAuthenticate = presented ? "Bearer realm=\"linkj-staff-api\", error=\"invalid_token\"" : "Bearer realm=\"linkj-staff-api\"";
        Response.Headers.CacheControl = StaffApiHeaders.CacheControl;
        await Api.ApiProblems.Unauthorized(presented).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Headers.CacheControl = StaffApiHeaders.CacheControl;
        await Api.ApiProblems.Forbidden().ExecuteAsync(Context);
    }
}

/// <summary>What every staff API answer carries: it holds internal data, so no cache may keep it.</summary>
public static class StaffApiHeaders
{
    public const string CacheControl = "private, no-store";
}
