using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Pages.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Account;

/// <summary>
/// The signed-in user's personal access tokens for the staff API: create one (shown once, on the page the POST
/// redirects to, carried there in the encrypted TempData cookie that is read once), list them, revoke one.
/// </summary>
public sealed class TokensModel(
    RegistryDbContext db, RegistryClock clock, UserManager<AppUser> users, IValidator<TokenInput> validator, PublicAddress address,
    ILogger<TokensModel> logger) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>The new token's secret, on the one page that shows it.</summary>
    public string? NewSecret { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The staff API's address for the example, absolute when the registry's public address is set.</summary>
    public string ApiAddress => address.Link("/api/v1/staff/agreements");

    public DateTime Now { get; private set; }

    public const string NewSecretKey = "NewToken";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewSecret = TempData[NewSecretKey] as string;
        Input.ExpiresOn = clock.Today.AddDays(90);
        await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            await ShowAsync(cancellationToken);
            return Page();
        }

        var (token, secret) = AccessToken.IssueApi(users.GetUserId(User)!, FormRules.Clean(Input.Name)!, clock.UtcNow, clock.StartOfDayUtc(Input.ExpiresOn!.Value));
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(SecurityEvents.AccessTokenIssued, "Access token {TokenId} (Api) issued to {UserId}", token.Id, token.OwnerId);
        TempData[NewSecretKey] = secret;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await TokenRows.RevokeAsync(db, id, users.GetUserId(User), clock.UtcNow, User.Identity?.Name, logger, cancellationToken))
        {
            return NotFound();
        }

        this.Flash("Revoked the token; it no longer works.");
        return RedirectToPage();
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        Now = clock.UtcNow;
        Tokens = await TokenRows.ListAsync(db, users.GetUserId(User), TokenPurpose.Api, cancellationToken);
    }
}
