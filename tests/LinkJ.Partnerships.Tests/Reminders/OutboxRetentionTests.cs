using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>A sent message keeps its text for Reminders:KeepSentDays (90), then only its envelope, and nothing it carried is sent again.</summary>
public sealed class OutboxRetentionTests
{
    [Fact]
    public async Task A_digest_sent_more_than_90_days_ago_keeps_its_envelope_and_reminders_but_not_its_text_and_is_never_sent_again()
    {
        using var smtp = await SmtpListener.StartAsync();
        using var factory = new RegistryFactory();
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        await factory.AddAgreementAsync("Confidential renewal talks", ReminderData.Monday.AddDays(7), Visibility.Internal);
        await factory.AddReaderAsync(DigestFrequency.Daily);
        var run = factory.Services.GetRequiredService<ReminderRun>();

        async Task RunScheduledOnAsync(DateOnly day)
        {
            factory.Clock.SetToday(day);
            await run.RunScheduledAsync(CancellationToken.None);
        }

        await RunScheduledOnAsync(ReminderData.Monday);
        var sent = Assert.Single(await factory.OutboxAsync());
        Assert.Contains("Confidential renewal talks", sent.TextBody, StringComparison.Ordinal);
        Assert.NotNull(sent.SentAt);

        await RunScheduledOnAsync(ReminderData.Monday.AddDays(89));
        Assert.Contains("Confidential renewal talks", Assert.Single(await factory.OutboxAsync(), m => m.Id == sent.Id).HtmlBody, StringComparison.Ordinal);

        await RunScheduledOnAsync(ReminderData.Monday.AddDays(91));
        await RunScheduledOnAsync(ReminderData.Monday.AddDays(92));

        var kept = Assert.Single(await factory.OutboxAsync(), m => m.Id == sent.Id);
        Assert.Equal((string.Empty, string.Empty), (kept.TextBody, kept.HtmlBody));
        Assert.Equal((sent.To, sent.Subject, sent.SentAt), (kept.To, kept.Subject, kept.SentAt));
        Assert.True(await factory.WithDbAsync(db => db.ReminderNotices.AnyAsync(n => n.MessageId == sent.Id)));
        Assert.False(await factory.WithDbAsync(db => db.ReminderNotices.AnyAsync(n => n.MessageId == null)));
        // The 7-day point and the day after the end, each in its own digest; nothing sent again after the text went.
        Assert.Equal((await factory.OutboxAsync()).Count, smtp.Received.Count);
        Assert.Single(factory.Logs.Lines, l => l.Contains("Emptied the text of 1 sent message(s)", StringComparison.Ordinal));
    }
}
