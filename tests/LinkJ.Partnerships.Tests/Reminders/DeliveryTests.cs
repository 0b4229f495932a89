using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer.Protocol;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>Exactly once: a restart, a crash mid-send, a refusing or absent server, and two instances neither lose a reminder nor send it twice.</summary>
public sealed class DeliveryTests : IDisposable
{
    private const string Password = "s3cret-smtp-pass-phrase";
    private readonly Task<SmtpListener> _smtp = SmtpListener.StartAsync();
    private readonly List<IDisposable> _owned = [];

    [Fact]
    public async Task A_digest_written_but_not_sent_before_a_restart_is_sent_once_by_the_next_instance()
    {
        var smtp = await _smtp;
        var database = TestDatabase.NewDatabase("reminders");
        var first = Own(new RegistryFactory(database) { KeepDatabase = true });
        SmtpListener.SendMailTo(first.Settings, smtp.Port);
        await first.AddAgreementAsync("Restart MOU", ReminderData.Monday.AddDays(30));
        var reader = await first.AddReaderAsync(DigestFrequency.Daily);
        await first.Services.GetRequiredService<ReminderRun>().WriteAsync(ReminderData.Monday, CancellationToken.None);
        Assert.Single(await first.OutboxAsync(), m => m.SentAt is null);
        first.Dispose();

        var second = Own(new RegistryFactory(database));
        SmtpListener.SendMailTo(second.Settings, smtp.Port);
        await second.RunRemindersAsync(ReminderData.Monday);
        await second.RunRemindersAsync(ReminderData.Monday);

        var digest = Assert.Single(smtp.Received);
        Assert.Equal(reader, digest.To.Mailboxes.Single().Address);
        Assert.Equal(1, digest.TextBody.Count("Restart MOU"));
        Assert.NotNull(Assert.Single(await second.OutboxAsync()).SentAt);
    }

    [Fact]
    public async Task A_message_claimed_by_an_instance_that_died_mid_send_is_sent_once_after_its_lease()
    {
        var smtp = await _smtp;
        var factory = Own(new RegistryFactory());
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        await factory.AddAgreementAsync("Crash MOU", ReminderData.Monday.AddDays(7));
        await factory.AddReaderAsync(DigestFrequency.Daily);
        await factory.Services.GetRequiredService<ReminderRun>().WriteAsync(ReminderData.Monday, CancellationToken.None);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        // What the dead instance's claim left: one attempt counted, the message leased to it.
        await factory.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 1).SetProperty(m => m.NextAttemptAt, now + MailOptions.SendLease)));

        await factory.RunRemindersAsync(ReminderData.Monday);
        // Past the first backoff but within the lease: the message may still be in flight on that instance.
        factory.Clock.Now = factory.Clock.Now.AddMinutes(5);
        await factory.RunRemindersAsync(ReminderData.Monday);
        Assert.Empty(smtp.Received);

        factory.Clock.Now = factory.Clock.Now + MailOptions.SendLease;
        await factory.RunRemindersAsync(ReminderData.Monday);
        await factory.RunRemindersAsync(ReminderData.Monday);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_refusing_then_absent_server_delays_the_digest_which_is_delivered_once_it_recovers()
    {
        var smtp = await _smtp;
        var factory = Own(new RegistryFactory());
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        await factory.AddAgreementAsync("Refused MOU", ReminderData.Monday.AddDays(90));
        await factory.AddReaderAsync(DigestFrequency.Daily);

        smtp.Refusing = (SmtpReplyCode)451;
        await factory.RunRemindersAsync(ReminderData.Monday);
        factory.Clock.Now = factory.Clock.Now.AddMinutes(1);
        smtp.Refusing = SmtpReplyCode.MailboxUnavailable;
        await factory.RunRemindersAsync(ReminderData.Monday);
        // Too early for the third attempt (5 minutes after the second): nothing is tried.
        factory.Clock.Now = factory.Clock.Now.AddMinutes(4);
        await factory.RunRemindersAsync(ReminderData.Monday);
        var waiting = Assert.Single(await factory.OutboxAsync());
        Assert.Equal(2, waiting.Attempts);
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.FailedAt);
        Assert.Contains("SMTP 550", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(2, factory.Logs.Lines.Count(l => l.Contains("was not sent (attempt", StringComparison.Ordinal)));

        var port = smtp.Port;
        smtp.Dispose();
        factory.Clock.Now = factory.Clock.Now.AddMinutes(1);
        await factory.RunRemindersAsync(ReminderData.Monday);
        Assert.Equal(3, Assert.Single(await factory.OutboxAsync()).Attempts);

        using var recovered = await SmtpListener.StartAsync(port);
        factory.Clock.Now = factory.Clock.Now.AddMinutes(15);
        await factory.RunRemindersAsync(ReminderData.Monday);
        factory.Clock.Now = factory.Clock.Now.AddHours(2);
        await factory.RunRemindersAsync(ReminderData.Monday);

        Assert.Equal(1, Assert.Single(recovered.Received).TextBody.Count("Refused MOU"));
        Assert.Equal(3, factory.Logs.Lines.Count(l => l.Contains("was not sent (attempt", StringComparison.Ordinal)));
        var sent = Assert.Single(await factory.OutboxAsync());
        Assert.NotNull(sent.SentAt);
        Assert.Equal(4, sent.Attempts);
    }

    [Fact]
    public async Task After_its_last_attempt_a_message_fails_and_an_admin_retries_it_from_the_mail_page()
    {
        var smtp = await _smtp;
        var factory = Own(new RegistryFactory());
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        await factory.AddAgreementAsync("Failing MOU", ReminderData.Monday.AddDays(180));
        await factory.AddReaderAsync(DigestFrequency.Daily);
        smtp.Refusing = SmtpReplyCode.TransactionFailed;
        for (var attempt = 0; attempt < MailOptions.MaxAttempts + 2; attempt++)
        {
            await factory.RunRemindersAsync(ReminderData.Monday);
            factory.Clock.Now = factory.Clock.Now.AddHours(1);
        }

        var failed = Assert.Single(await factory.OutboxAsync());
        Assert.Equal(MailOptions.MaxAttempts, failed.Attempts);
        Assert.NotNull(failed.FailedAt);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/admin/mail");
        Assert.NotNull(page.QuerySelector($"tr[data-mail-id='{failed.Id}'] form button"));

        var response = await admin.PostFormAsync("/admin/mail", new() { ["id"] = failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"tr[data-mail-id='{failed.Id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        smtp.Refusing = null;
        await factory.RunRemindersAsync(ReminderData.Monday);

        Assert.Single(smtp.Received);
        page = await admin.GetPageAsync("/admin/mail");
        Assert.Contains("Failing MOU", smtp.Received[0].TextBody, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"tr[data-mail-id='{failed.Id}'] form button"));
    }

    [Fact]
    public async Task Retrying_mail_needs_the_admin_role_and_an_antiforgery_token()
    {
        var factory = Own(new RegistryFactory());
        var staff = await factory.SignedInAsync(Roles.Staff);
        var refused = await staff.GetAsync("/admin/mail");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var response = await admin.PostAsync("/admin/mail?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_mail_password_never_reaches_the_log_the_outbox_or_the_mail_page()
    {
        // This server offers no AUTH, so every attempt with a user name fails after connecting.
        var smtp = await _smtp;
        var factory = Own(new RegistryFactory());
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        factory.Settings["Mail:UserName"] = "registry";
        factory.Settings["Mail:Password"] = Password;
        await factory.AddAgreementAsync("Password MOU", ReminderData.Monday.AddDays(30));
        await factory.AddReaderAsync(DigestFrequency.Daily);

        await factory.RunRemindersAsync(ReminderData.Monday);

        Assert.Empty(smtp.Received);
        Assert.Single(factory.Logs.Lines, l => l.Contains("was not sent (attempt 1 of", StringComparison.Ordinal));
        Assert.All(factory.Logs.Lines, l => Assert.DoesNotContain(Password, l, StringComparison.Ordinal));
        Assert.DoesNotContain(Password, Assert.Single(await factory.OutboxAsync()).LastError, StringComparison.Ordinal);
        var admin = await factory.SignedInAsync(Roles.Admin);
        Assert.DoesNotContain(Password, await admin.GetStringAsync("/admin/mail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_instances_running_the_schedule_at_once_send_each_digest_once()
    {
        var smtp = await _smtp;
        var database = TestDatabase.NewDatabase("reminders_pair");
        var a = Own(new RegistryFactory(database) { KeepDatabase = true });
        var b = Own(new RegistryFactory(database));
        foreach (var instance in new[] { a, b })
        {
            SmtpListener.SendMailTo(instance.Settings, smtp.Port);
            instance.Clock.SetToday(ReminderData.Monday);
            instance.CreateClient().Dispose();
        }

        await a.AddAgreementAsync("Pair MOU", ReminderData.Monday.AddDays(7));
        var readers = new[] { await a.AddReaderAsync(DigestFrequency.Daily), await a.AddReaderAsync(DigestFrequency.Daily), await a.AddReaderAsync(DigestFrequency.Daily) };

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                a.Services.GetRequiredService<ReminderRun>().RunScheduledAsync(CancellationToken.None),
                b.Services.GetRequiredService<ReminderRun>().RunScheduledAsync(CancellationToken.None));
            a.Clock.Now = b.Clock.Now = a.Clock.Now.AddMinutes(15);
        }

        Assert.Equal(3, smtp.Received.Count);
        Assert.All(readers, r => Assert.Single(smtp.Received.To(r)));
    }

    [Fact]
    public async Task Without_a_mail_host_each_message_is_an_eml_file_and_the_log_says_so_once()
    {
        var folder = Directory.CreateTempSubdirectory("linkj-mail-").FullName;
        try
        {
            var factory = Own(new RegistryFactory());
            factory.Settings["Mail:PickupDirectory"] = folder;
            await factory.AddAgreementAsync("Pickup MOU", ReminderData.Monday.AddDays(90));
            var readers = new[] { await factory.AddReaderAsync(DigestFrequency.Daily), await factory.AddReaderAsync(DigestFrequency.Daily) };

            await factory.RunRemindersAsync(ReminderData.Monday);

            var files = Directory.GetFiles(folder, "*.eml");
            Assert.Equal(2, files.Length);
            var messages = files.Select(f => MimeKit.MimeMessage.Load(f)).ToList();
            Assert.All(readers, r => Assert.Contains("Pickup MOU", Assert.Single(messages.To(r)).TextBody, StringComparison.Ordinal));
            Assert.Single(factory.Logs.Lines, l => l.Contains("No Mail:Host is set", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private RegistryFactory Own(RegistryFactory factory)
    {
        _owned.Add(factory);
        return factory;
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        _smtp.Result.Dispose();
    }
}
