#if POSTGRESQL
using LinkJ.Partnerships.Tests.Reminders;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>Two instances, each with its reminder schedule running every second: every digest is delivered once.</summary>
public sealed class ReminderInstancesTests : InstancePair
{
    [Fact]
    public async Task Two_instances_with_the_schedule_on_deliver_each_digest_once()
    {
        using var smtp = await SmtpListener.StartAsync();
        foreach (var instance in new[] { A, B })
        {
            SmtpListener.SendMailTo(instance.Settings, smtp.Port);
            instance.Settings["Reminders:Enabled"] = "true";
            instance.Settings["Reminders:Interval"] = "00:00:01";
        }

        Start();
        var today = RegistryFactory.DefaultToday;
        await A.AddAgreementAsync("Two instances MOU", today.AddDays(30));
        var readers = new[]
        {
            await A.AddReaderAsync(DigestFrequency.Daily), await B.AddReaderAsync(DigestFrequency.Daily), await A.AddReaderAsync(DigestFrequency.Daily, Roles.Admin),
        };

        // Each interval (a second) is claimed once; the fixed clocks move together so that later runs write, then keep going.
        for (var tick = 0; tick < 120 && smtp.Received.Count < readers.Length; tick++)
        {
            await Task.Delay(250);
            A.Clock.Now = B.Clock.Now = A.Clock.Now.AddSeconds(1);
        }

        Assert.True(readers.Length == smtp.Received.Count, "Delivered before the jumps: " + Delivered(smtp));

        // The clocks stand still until each delivered message is marked sent: a jump of 30 minutes while one is
        // between the server's acceptance and that mark would fake an SMTP exchange longer than the send lease.
        // Then later runs, well past every lease and backoff, must send nothing again.
        for (var wait = 0; wait < 80 && await A.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.FailedAt == null)); wait++)
        {
            await Task.Delay(125);
        }

        for (var tick = 0; tick < 8; tick++)
        {
            await Task.Delay(250);
            A.Clock.Now = B.Clock.Now = A.Clock.Now.AddMinutes(30);
        }

        Assert.True(readers.Length == smtp.Received.Count, "Delivered: " + Delivered(smtp));
        Assert.All(readers, r => Assert.Contains("Two instances MOU", Assert.Single(smtp.Received.To(r)).TextBody, StringComparison.Ordinal));
    }

    private static string Delivered(SmtpListener smtp) => string.Join(" | ", smtp.Received.Select(m => $"{m.To} {m.MessageId} {m.Date:O}"));
}
#endif
