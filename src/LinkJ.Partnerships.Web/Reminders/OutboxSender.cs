using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>
/// Sends what the outbox holds. Each attempt first claims its message in the database (its attempt count moves on
/// by one, and its next attempt by <see cref="MailOptions.SendLease"/>), so two instances never send one message, and
/// an instance that dies mid-send leaves it to be tried again after the lease rather than lost. A failed attempt
/// waits out the backoff from the moment it failed.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IMailTransport transport, IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
{
    public async Task<(int Sent, int NotSent)> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var (sent, notSent) = (0, 0);
        foreach (var message in due)
        {
            var attempt = message.Attempts + 1;
            var leaseEnds = now + MailOptions.SendLease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.Attempts == message.Attempts && m.SentAt == null && m.FailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempt).SetProperty(m => m.NextAttemptAt, leaseEnds), cancellationToken) == 1;
            if (!claimed)
            {
                continue;
            }

            try
            {
                await transport.SendAsync(Mime(message), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                notSent++;
                await RecordFailureAsync(db, message, attempt, exception);
                continue;
            }

            var sentAt = time.GetUtcNow().UtcDateTime;
            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            sent++;
        }

        return (sent, notSent);
    }

    private async Task RecordFailureAsync(RegistryDbContext db, OutboxMessage message, int attempt, Exception exception)
    {
        var error = MailError.Describe(exception, options.Value);
        var failed = time.GetUtcNow().UtcDateTime;
        var next = failed.AddMinutes(MailOptions.RetryMinutes[Math.Min(attempt, MailOptions.RetryMinutes.Count) - 1]);
        DateTime? failedAt = attempt >= MailOptions.MaxAttempts ? failed : null;
        await db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error).SetProperty(m => m.FailedAt, failedAt).SetProperty(m => m.NextAttemptAt, next), CancellationToken.None);
        if (failedAt is null)
        {
            logger.LogWarning("Mail {MessageId} to {To} was not sent (attempt {Attempt} of {MaxAttempts}): {Error}; next attempt at {NextAttempt:u}",
                message.Id, message.To, attempt, MailOptions.MaxAttempts, error, next);
        }
        else
        {
            logger.LogError("Mail {MessageId} to {To} was not sent (attempt {Attempt} of {MaxAttempts}): {Error}; it has failed and waits for an admin on /admin/mail",
                message.Id, message.To, attempt, MailOptions.MaxAttempts, error);
        }
    }

    private MimeMessage Mime(OutboxMessage message)
    {
        var mime = options.Value.NewMessage(message.To, message.Subject, message.TextBody, message.HtmlBody);
        mime.Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero);
        // Stable across attempts, so a server that saw an attempt succeed despite our error can drop the copy.
        mime.MessageId = $"{message.Key.Replace(':', '.')}@linkj-partnerships";
        return mime;
    }
}
