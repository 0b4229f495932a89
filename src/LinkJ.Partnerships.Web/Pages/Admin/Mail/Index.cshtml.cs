using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Pages.Admin.Mail;

/// <summary>
/// The outbox: messages waiting or failed, and those sent in the last week; a failed one can be tried again. Also the
/// mail settings in use (never the password) and a test message to the admin's own address, sent at once, so a
/// wrong setting shows here rather than in the next digest.
/// </summary>
public sealed class IndexModel(
    RegistryDbContext db, RegistryClock clock, IMailTransport transport, IOptions<MailOptions> mail, UserManager<AppUser> users, ILogger<IndexModel> logger)
    : PageModel
{
    public const int SentDays = 7;
    public const int MostShown = 200;

    /// <summary>Longer than one SMTP exchange should take, short enough that the admin is not left waiting.</summary>
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(45);

    public MailOptions Mail => mail.Value;

    /// <summary>Why the test message was not sent, shown next to its button.</summary>
    public string? TestError { get; private set; }

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

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { Email: { Length: > 0 } to })
        {
            return Challenge();
        }

        var message = Mail.NewMessage(to, this.Text("LINK-J Partnerships: test message"),
            this.Text("This is a test message from the LINK-J partnership registry. If it reached you, reminder digests can reach staff too."));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TestTimeout);
        try
        {
            await transport.SendAsync(message, timeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            TestError = exception is OperationCanceledException
                ? this.Text("The mail server did not answer within {0} seconds.", (int)TestTimeout.TotalSeconds)
                : MailError.Describe(exception, Mail);
            logger.LogWarning("{User} sent a test message to {To}; it was not sent: {Error}", LogText.Clean(User.Identity?.Name), to, TestError);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        logger.LogInformation("{User} sent a test message to {To}", LogText.Clean(User.Identity?.Name), to);
        this.Flash(string.IsNullOrWhiteSpace(Mail.Host)
            ? "No mail server is set, so the test message to {0} was written as an .eml file under {1}."
            : "The mail server accepted the test message to {0}.", to, Mail.PickupDirectory);
        return RedirectToPage();
    }
}

public sealed record MailRow(long Id, string To, string Subject, DateTime CreatedAt, int Attempts, DateTime NextAttemptAt, DateTime? SentAt, DateTime? FailedAt, string? LastError);
