using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using SmtpServer.Protocol;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>/admin/mail shows the mail settings in use and sends a test message to the admin at once, with the server's refusal shown if it refuses.</summary>
public sealed class MailTestMessageTests
{
    private const string Password = "s3cret-test-pass-phrase";

    [Fact]
    public async Task An_admins_test_message_reaches_their_own_address_through_the_configured_server()
    {
        using var smtp = await SmtpListener.StartAsync();
        using var factory = new RegistryFactory();
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/admin/mail");
        Assert.Contains($"127.0.0.1:{smtp.Port}", page.QuerySelector("[data-mail-settings]")!.TextContent, StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/admin/mail", [], "form[data-mail-test]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = Assert.Single(smtp.Received);
        var to = message.To.Mailboxes.Single().Address;
        Assert.StartsWith("admin-", to, StringComparison.Ordinal);
        Assert.Equal("LINK-J Partnerships: test message", message.Subject);
        Assert.Contains("registry@example.org", message.From.ToString(), StringComparison.Ordinal);
        var after = await admin.GetPageAsync("/admin/mail");
        Assert.Contains($"The mail server accepted the test message to {to}.", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.OutboxAsync());
    }

    [Fact]
    public async Task A_refused_test_message_shows_the_servers_reply_next_to_the_button_and_never_the_password()
    {
        using var smtp = await SmtpListener.StartAsync();
        smtp.Refusing = SmtpReplyCode.MailboxUnavailable;
        using var factory = new RegistryFactory();
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        factory.Settings["Mail:Password"] = Password;
        var admin = await factory.SignedInAsync(Roles.Admin);
        await admin.GetPageAsync("/admin/mail");

        var response = await admin.PostFormAsync("/admin/mail", [], "form[data-mail-test]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var alert = page.QuerySelector("#mail-test-error[role=alert]");
        Assert.NotNull(alert);
        Assert.Contains("SMTP 550", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("mail-test-error", page.QuerySelector("form[data-mail-test] button")!.GetAttribute("aria-describedby"));
        Assert.Empty(smtp.Received);
        Assert.DoesNotContain(Password, page.Source.Text, StringComparison.Ordinal);
        Assert.Single(factory.Logs.Lines, l => l.Contains("it was not sent", StringComparison.Ordinal) && l.Contains("SMTP 550", StringComparison.Ordinal));
        Assert.All(factory.Logs.Lines, l => Assert.DoesNotContain(Password, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_mail_host_the_test_message_is_an_eml_file_and_the_page_says_where()
    {
        var folder = Directory.CreateTempSubdirectory("linkj-mail-test-").FullName;
        try
        {
            using var factory = new RegistryFactory();
            factory.Settings["Mail:PickupDirectory"] = folder;
            var admin = await factory.SignedInAsync(Roles.Admin);
            var page = await admin.GetPageAsync("/admin/mail");
            Assert.Contains("No mail server is set (Mail:Host)", page.QuerySelector("[data-mail-settings]")!.TextContent, StringComparison.Ordinal);

            var response = await admin.PostFormAsync("/admin/mail", [], "form[data-mail-test]");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            Assert.Equal("LINK-J Partnerships: test message", MimeKit.MimeMessage.Load(file).Subject);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sending_a_test_message_needs_the_admin_role_and_an_antiforgery_token()
    {
        using var smtp = await SmtpListener.StartAsync();
        using var factory = new RegistryFactory();
        SmtpListener.SendMailTo(factory.Settings, smtp.Port);
        var staff = await factory.SignedInAsync(Roles.Staff);
        // A staff member's own antiforgery token, from a page they may use, still does not reach the handler.
        var token = (await staff.GetPageAsync("/account/settings")).AntiforgeryToken();
        var refused = await staff.PostAsync("/admin/mail?handler=Test", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var admin = await factory.SignedInAsync(Roles.Admin);
        var forged = await admin.PostAsync("/admin/mail?handler=Test", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(smtp.Received);
    }
}
