using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>The two ways a run starts: the background schedule, and the <c>reminders run</c> command.</summary>
public sealed class ScheduleTests : IDisposable
{
    private readonly Task<SmtpListener> _smtp = SmtpListener.StartAsync();

    [Fact]
    public async Task The_background_schedule_once_turned_on_sends_todays_digest_after_the_app_has_started()
    {
        var smtp = await _smtp;
        using var factory = new RegistryFactory();
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        factory.Settings["Reminders:Enabled"] = "true";
        factory.Settings["Reminders:Interval"] = "00:00:01";
        var today = RegistryFactory.DefaultToday;
        await factory.AddAgreementAsync("Scheduled MOU", today.AddDays(7));
        var reader = await factory.AddReaderAsync(DigestFrequency.Daily);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (smtp.Received.Count == 0 && DateTime.UtcNow < deadline)
        {
            // Each interval is claimed once; the fixed clock must move for the next run to write anything.
            await Task.Delay(200);
            factory.Clock.Now = factory.Clock.Now.AddSeconds(1);
        }

        Assert.Contains("Scheduled MOU", Assert.Single(smtp.Received.To(reader)).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminders_run_command_delivers_the_digest_of_the_day_it_is_given()
    {
        var smtp = await _smtp;
        var database = TestDatabase.NewDatabase("reminders_command");
        string reader;
        using (var factory = new RegistryFactory(database) { KeepDatabase = true })
        {
            await factory.AddAgreementAsync("Command MOU", ReminderData.Monday.AddDays(30));
            reader = await factory.AddReaderAsync(DigestFrequency.Daily);
        }

        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Mail__Host"] = "127.0.0.1", ["Mail__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Mail__UseTls"] = "false",
            };
            var (exitCode, output) = await AppProcess.RunCommandAsync(database, environment, "reminders", "run", "--date", ReminderData.Monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

            Assert.True(exitCode == 0, output);
            Assert.Contains("1 digests written, 1 messages sent", output, StringComparison.Ordinal);
            Assert.Contains("Command MOU", Assert.Single(smtp.Received.To(reader)).TextBody, StringComparison.Ordinal);
        }
        finally
        {
            TestDatabase.Drop(database);
        }
    }

    [Fact]
    public async Task The_schedule_forgets_its_own_claims_after_a_week_and_leaves_other_work_alone()
    {
        using var factory = new RegistryFactory();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            db.WorkClaims.Add(new WorkClaim { Key = "reminders:2026-11-10:0300", ClaimedBy = "old/1", ClaimedAt = now.AddDays(-14), CompletedAt = now.AddDays(-14) });
            db.WorkClaims.Add(new WorkClaim { Key = "reminders:2026-11-20:0300", ClaimedBy = "recent/1", ClaimedAt = now.AddDays(-4), CompletedAt = now.AddDays(-4) });
            db.WorkClaims.Add(new WorkClaim { Key = "digest:other:2026-11-10", ClaimedBy = "old/1", ClaimedAt = now.AddDays(-14), CompletedAt = now.AddDays(-14) });
            await db.SaveChangesAsync();
        });

        await factory.Services.GetRequiredService<ReminderRun>().RunScheduledAsync(CancellationToken.None);

        var keys = await factory.WithDbAsync(db => db.WorkClaims.Select(c => c.Key).OrderBy(k => k).ToListAsync());
        Assert.DoesNotContain("reminders:2026-11-10:0300", keys);
        Assert.Contains("reminders:2026-11-20:0300", keys);
        Assert.Contains("digest:other:2026-11-10", keys);
        Assert.Contains(keys, k => k.StartsWith("reminders:2026-11-24:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("next monday")]
    public async Task A_bad_date_for_reminders_run_is_one_sentence_and_a_non_zero_exit(string date)
    {
        var (exitCode, output) = await AppProcess.RunCommandAsync(TestDatabase.NewDatabase("reminders_bad_date"), "reminders", "run", "--date", date);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"\"{date}\" is not a date: give --date as YYYY-MM-DD, such as 2026-12-07.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    public void Dispose() => _smtp.Result.Dispose();
}
