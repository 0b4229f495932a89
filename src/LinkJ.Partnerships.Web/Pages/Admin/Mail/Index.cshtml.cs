using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Mail;

/// <summary>The outbox: messages waiting or failed, and those sent in the last week; a failed one can be tried again.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, ILogger<IndexModel> logger) : PageModel
{
    public const int SentDays = 7;
    public const int MostShown = 200;

    public IReadOnlyList<MailRow> Waiting { get; private set; } = [];

    public IReadOnlyList<MailRow> Failed { get; private set; } = [];

    public IReadOnlyList<MailRow> Sent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var since = clock.UtcNow.AddDays(-SentDays);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null || m.SentAt >= since)
            .OrderByDescending(m => m.Id)
            .Take(MostShown)
            .Select(m => new MailRow(m.Id, m.To, m.Subject, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.SentAt, m.FailedAt, m.LastError))
            .ToListAsync(cancellationToken);
        Waiting = rows.Where(r => r.SentAt is null && r.FailedAt is null).ToList();
        Failed = rows.Where(r => r.FailedAt is not null).ToList();
        Sent = rows.Where(r => r.SentAt is not null).ToList();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var retried = await db.OutboxMessages
            .Where(m => m.Id == id && m.FailedAt != null && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (retried == 0)
        {
            return NotFound();
        }

        logger.LogInformation("{User} put failed mail {MessageId} back in the outbox", LogText.Clean(User.Identity?.Name), id);
        this.Flash("The message will be sent again with the next run.");
        return RedirectToPage();
    }
}

public sealed record MailRow(long Id, string To, string Subject, DateTime CreatedAt, int Attempts, DateTime NextAttemptAt, DateTime? SentAt, DateTime? FailedAt, string? LastError);
