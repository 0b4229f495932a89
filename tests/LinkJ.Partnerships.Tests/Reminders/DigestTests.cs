using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>Who gets a digest, when, and what it says, delivered to a real SMTP server.</summary>
public sealed class DigestTests : IDisposable
{
    private readonly Task<SmtpListener> _smtp = SmtpListener.StartAsync();
    private readonly RegistryFactory _factory = new();

    [Fact]
    public async Task A_daily_digest_lists_each_agreement_once_per_notice_point_with_its_days_left_parties_and_link()
    {
        var smtp = await _smtp;
        SmtpListener.SendMailTo(_factory.Settings, smtp.Port);
        _factory.Settings["Registry:PublicBaseUrl"] = "https://registry.example.org";
        var day = ReminderData.Monday;
        var ninety = await _factory.AddAgreementAsync("Ninety days MOU", day.AddDays(90));
        var seven = await _factory.AddAgreementAsync("Seven days internal MOC", day.AddDays(7), Visibility.Internal);
        var ended = await _factory.AddAgreementAsync("Ended yesterday MOU", day.AddDays(-1));
        await _factory.AddAgreementAsync("No notice point today MOU", day.AddDays(50));
        var staff = await _factory.AddReaderAsync(DigestFrequency.Daily);
        var admin = await _factory.AddReaderAsync(DigestFrequency.Daily, Roles.Admin, language: "ja");
        var none = await _factory.AddReaderAsync(DigestFrequency.None);
        var disabled = await _factory.AddReaderAsync(DigestFrequency.Daily, disabled: true);

        var result = await _factory.RunRemindersAsync(day);

        Assert.Equal(2, result.Sent);
        Assert.Equal(2, smtp.Received.Count);
        Assert.Empty(smtp.Received.To(none));
        Assert.Empty(smtp.Received.To(disabled));
        var english = Assert.Single(smtp.Received.To(staff));
        Assert.Equal("LINK-J Partnerships: 3 agreements reached a notice point", english.Subject);
        Assert.Equal("registry@example.org", english.From.Mailboxes.Single().Address);
        var text = english.TextBody;
        Assert.Equal(1, text.Count("Ninety days MOU"));
        Assert.Equal(1, text.Count("Seven days internal MOC (Internal)"));
        Assert.Equal(1, text.Count("Ended yesterday MOU"));
        Assert.DoesNotContain("No notice point today", text, StringComparison.Ordinal);
        Assert.Contains($"90 days left; the last day in force is {day.AddDays(90):yyyy-MM-dd}", text, StringComparison.Ordinal);
        Assert.Contains($"Ended; the last day in force was {day.AddDays(-1):yyyy-MM-dd}", text, StringComparison.Ordinal);
        Assert.Contains("Parties: Life Science Innovation Network Japan, Medicen Paris Region", text, StringComparison.Ordinal);
        Assert.Contains($"https://registry.example.org/staff/agreements/{ninety}", text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"https://registry.example.org/staff/agreements/{seven}\">", english.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/staff/agreements/{ended}", english.HtmlBody, StringComparison.Ordinal);
        var japanese = Assert.Single(smtp.Received.To(admin));
        Assert.Equal("LINK-J Partnerships：通知時期を迎えた協定 3 件", japanese.Subject);
        Assert.Contains("残り 90 日", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains("Seven days internal MOC (非公開)", japanese.TextBody, StringComparison.Ordinal);

        // Again the same day, and the next: nothing new reached a notice point, so nothing more is sent.
        await _factory.RunRemindersAsync(day);
        await _factory.RunRemindersAsync(day.AddDays(1));
        Assert.Equal(2, smtp.Received.Count);
    }

    [Fact]
    public async Task A_weekly_digest_waits_for_Monday_and_then_holds_the_whole_week()
    {
        var smtp = await _smtp;
        SmtpListener.SendMailTo(_factory.Settings, smtp.Port);
        var tuesday = ReminderData.Monday.AddDays(1);
        await _factory.AddAgreementAsync("Thirty days from Tuesday MOU", tuesday.AddDays(30));
        await _factory.AddAgreementAsync("Seven days from Saturday MOU", tuesday.AddDays(4 + 7));
        var weekly = await _factory.AddReaderAsync(DigestFrequency.Weekly);
        var daily = await _factory.AddReaderAsync(DigestFrequency.Daily);

        for (var day = tuesday; day.DayOfWeek != DayOfWeek.Monday; day = day.AddDays(1))
        {
            await _factory.RunRemindersAsync(day);
        }

        Assert.Empty(smtp.Received.To(weekly));
        Assert.Equal(2, smtp.Received.To(daily).Count);

        await _factory.RunRemindersAsync(ReminderData.Monday.AddDays(7));

        var digest = Assert.Single(smtp.Received.To(weekly));
        Assert.Equal(1, digest.TextBody.Count("Thirty days from Tuesday MOU"));
        Assert.Equal(1, digest.TextBody.Count("Seven days from Saturday MOU"));
        Assert.Equal(2, smtp.Received.To(daily).Count);
    }

    [Fact]
    public async Task An_account_with_no_staff_role_gets_no_digest_of_agreements_it_may_not_see()
    {
        var smtp = await _smtp;
        SmtpListener.SendMailTo(_factory.Settings, smtp.Port);
        await _factory.AddAgreementAsync("Internal thirty days MOU", ReminderData.Monday.AddDays(30), Visibility.Internal);
        var staff = await _factory.AddReaderAsync(DigestFrequency.Daily);
        var roleless = await _factory.AddReaderAsync(DigestFrequency.Daily);
        await _factory.WithDbAsync(async db =>
        {
            var id = db.Users.Single(u => u.Email == roleless).Id;
            db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == id));
            await db.SaveChangesAsync();
        });

        await _factory.RunRemindersAsync(ReminderData.Monday);

        Assert.Contains("Internal thirty days MOU (Internal)", Assert.Single(smtp.Received.To(staff)).TextBody, StringComparison.Ordinal);
        Assert.Empty(smtp.Received.To(roleless));
    }

    [Fact]
    public async Task An_empty_digest_is_not_sent()
    {
        var smtp = await _smtp;
        SmtpListener.SendMailTo(_factory.Settings, smtp.Port);
        await _factory.AddAgreementAsync("Fifty days MOU", ReminderData.Monday.AddDays(50));
        await _factory.AddReaderAsync(DigestFrequency.Daily);

        var result = await _factory.RunRemindersAsync(ReminderData.Monday);

        Assert.Equal(0, result.DigestsWritten);
        Assert.Empty(smtp.Received);
        Assert.Empty(await _factory.OutboxAsync());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Result.Dispose();
    }
}
