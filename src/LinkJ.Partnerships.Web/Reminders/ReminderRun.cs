using System.Diagnostics;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>What one run did, for the command's output and the log.</summary>
public sealed record ReminderRunResult(DateOnly Day, int NoticePoints, int NoticesWritten, int DigestsWritten, int Sent, int NotSent, TimeSpan Finding)
{
    public override string ToString() =>
        $"{Day:yyyy-MM-dd}: {NoticePoints} notice points reached, {NoticesWritten} reminders written, {DigestsWritten} digests written, " +
        $"{Sent} messages sent, {NotSent} not sent (kept for a retry); the notice points were found in {Finding.TotalMilliseconds:0} ms.";
}

/// <summary>
/// One run of the reminder schedule for a day (Tokyo): the notice points reached, a reminder per point and
/// recipient, the digests that are due into the outbox, then the outbox sent. Every step is idempotent (unique keys),
/// so a run may be repeated or cut short at any point.
/// </summary>
public sealed class ReminderRun(
    IServiceScopeFactory scopes, ExclusiveWork exclusive, DigestWriter digests, OutboxSender sender, RegistryClock clock,
    IOptions<ReminderOptions> options, ILogger<ReminderRun> logger)
{
    private const string ClaimPrefix = "reminders:";

    /// <summary>The command's run: for any day, now.</summary>
    public async Task<ReminderRunResult> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var (points, notices, written, finding) = await WriteAsync(day, cancellationToken);
        var (sent, notSent) = await sender.SendDueAsync(cancellationToken);
        return new ReminderRunResult(day, points, notices, written, sent, notSent, finding);
    }

    /// <summary>
    /// The schedule's run for today: the writing is claimed per interval through <see cref="ExclusiveWork"/>, so
    /// with several instances one writes; each message is then claimed on its own by whichever instance sends it.
    /// </summary>
    public async Task RunScheduledAsync(CancellationToken cancellationToken)
    {
        var day = clock.Today;
        var interval = options.Value.Interval;
        var now = clock.UtcNow;
        var slot = new DateTime(now.Ticks - (now.Ticks % interval.Ticks), DateTimeKind.Utc);
        await exclusive.RunOnceAsync($"{ClaimPrefix}{day:yyyy-MM-dd}:{slot:HHmmss}", async ct =>
        {
            var (points, notices, written, finding) = await WriteAsync(day, ct);
            logger.LogInformation("Reminders for {Day:yyyy-MM-dd}: {Points} notice points reached, {Notices} reminders and {Digests} digests written (found in {FindingMs} ms)",
                day, points, notices, written, (long)finding.TotalMilliseconds);
            await ForgetOldClaimsAsync(ct);
            await ForgetSentTextsAsync(ct);
        }, cancellationToken);
        await sender.SendDueAsync(cancellationToken);
    }

    /// <summary>Each interval leaves a claim (96 a day); a week's are enough to see what ran where.</summary>
    private async Task ForgetOldClaimsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var before = clock.UtcNow.AddDays(-7);
        await db.WorkClaims.Where(c => c.Key.StartsWith(ClaimPrefix) && c.CompletedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Empties the text of messages sent more than <see cref="ReminderOptions.KeepSentDays"/> ago; the rows stay (see there).</summary>
    private async Task ForgetSentTextsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var before = clock.UtcNow.AddDays(-options.Value.KeepSentDays);
        var emptied = await db.OutboxMessages.Where(m => m.SentAt < before && (m.TextBody != "" || m.HtmlBody != ""))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.TextBody, string.Empty).SetProperty(m => m.HtmlBody, string.Empty), cancellationToken);
        if (emptied > 0)
        {
            logger.LogInformation("Emptied the text of {Count} sent message(s) older than {Days} days", emptied, options.Value.KeepSentDays);
        }
    }

    /// <summary>Notices and digests only, without sending: what a run writes before a crash could stop it.</summary>
    public async Task<(int Points, int Notices, int Digests, TimeSpan Finding)> WriteAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var watch = Stopwatch.StartNew();
        var due = await NoticePoints.DueAsync(db, day, options.Value.Points, options.Value.CatchUpDays, cancellationToken);
        var finding = watch.Elapsed;
        var recipients = await Recipient.AllAsync(db, cancellationToken);
        var notices = await AddNoticesAsync(db, due, recipients, cancellationToken);
        var written = await digests.WriteAsync(db, day, recipients, cancellationToken);
        return (due.Count, notices, written, finding);
    }

    private async Task<int> AddNoticesAsync(RegistryDbContext db, List<DueNotice> due, List<Recipient> recipients, CancellationToken cancellationToken)
    {
        if (due.Count == 0 || recipients.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(d => d.AgreementId).Distinct().ToList();
        var existing = (await db.ReminderNotices.AsNoTracking()
                .Where(n => ids.Contains(n.AgreementId))
                .Select(n => new { n.AgreementId, n.EndsOn, n.Point, n.UserId })
                .ToListAsync(cancellationToken))
            .Select(n => (n.AgreementId, n.EndsOn, n.Point, n.UserId))
            .ToHashSet();
        var now = clock.UtcNow;
        var added = 0;
        foreach (var notice in due)
        {
            foreach (var recipient in recipients.Where(r => !existing.Contains((notice.AgreementId, notice.EndsOn, notice.Point, r.UserId))))
            {
                db.ReminderNotices.Add(new ReminderNotice
                {
                    AgreementId = notice.AgreementId, EndsOn = notice.EndsOn, Point = notice.Point, UserId = recipient.UserId, DueOn = notice.DueOn, CreatedAt = now,
                });
                added++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return added;
        }
        catch (DbUpdateException)
        {
            // Another run wrote the same reminders at the same moment; its rows are the ones that count.
            db.ChangeTracker.Clear();
            logger.LogInformation("Reminders were written by another run at the same time");
            return 0;
        }
    }
}
