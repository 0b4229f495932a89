using LinkJ.Partnerships.Web.Calendar;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Pages.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Account;

/// <summary>
/// The signed-in user's private calendar feed: turn it on (its address is shown once), regenerate it (the old address
/// stops working at once) or turn it off. A user has at most one feed; its token is an <see cref="AccessToken"/> for
/// <see cref="TokenPurpose.Calendar"/>.
/// </summary>
public sealed class CalendarModel(
    RegistryDbContext db, RegistryClock clock, UserManager<AppUser> users, PublicAddress address, ILogger<CalendarModel> logger) : PageModel
{
    [BindProperty]
    public bool IncludeNoticePoints { get; set; }

    public TokenRow? Feed { get; private set; }

    /// <summary>The new feed's address, on the one page that shows it (after the redirect): absolute when the registry's public address is set.</summary>
    public string? NewAddress { get; private set; }

    public const string NewAddressKey = "NewFeed";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewAddress = TempData[NewAddressKey] as string;
        await ShowAsync(cancellationToken);
    }

    /// <summary>Turns the feed on, or gives it a new address: any feed the user had stops working in the same save.</summary>
    public async Task<IActionResult> OnPostOnAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(IncludeNoticePoints), this.Text("Tick the box or leave it empty."));
            await ShowAsync(cancellationToken);
            return Page();
        }

        var ownerId = users.GetUserId(User)!;
        var now = clock.UtcNow;
        foreach (var old in await Active(ownerId).ToListAsync(cancellationToken))
        {
            old.Revoke(now, User.Identity?.Name);
        }

        var (token, secret) = AccessToken.IssueCalendar(ownerId, now, IncludeNoticePoints);
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(SecurityEvents.AccessTokenIssued, "Access token {TokenId} (Calendar) issued to {UserId}", token.Id, ownerId);
        TempData[NewAddressKey] = address.Link(CalendarFeed.PathFor(secret));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOffAsync(CancellationToken cancellationToken)
    {
        var ownerId = users.GetUserId(User)!;
        foreach (var feed in await Active(ownerId).Select(t => t.Id).ToListAsync(cancellationToken))
        {
            await TokenRows.RevokeAsync(db, feed, ownerId, clock.UtcNow, User.Identity?.Name, logger, cancellationToken);
        }

        this.Flash("Turned the calendar feed off; its address no longer works.");
        return RedirectToPage();
    }

    private IQueryable<AccessToken> Active(string ownerId) =>
        db.AccessTokens.Where(t => t.OwnerId == ownerId && t.Purpose == TokenPurpose.Calendar && t.RevokedAt == null);

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        var ownerId = users.GetUserId(User)!;
        Feed = (await TokenRows.ListAsync(db, ownerId, TokenPurpose.Calendar, cancellationToken)).FirstOrDefault(t => t.RevokedAt is null);
        IncludeNoticePoints = Feed?.IncludeNoticePoints ?? true;
    }
}
