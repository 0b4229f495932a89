using MimeKit;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>The "Mail" configuration section. The password comes from the environment or user secrets and is never logged.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The SMTP server; empty writes each message as an .eml file under <see cref="PickupDirectory"/>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "LINK-J Partnerships <registry@localhost>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS required: on connect for port 465, by STARTTLS otherwise. False: plain SMTP (a relay on the same host).</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Relative to the content root, like the SQLite file.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    /// <summary>Minutes to wait after each failed attempt; once they are used up, the message is failed.</summary>
    public static readonly IReadOnlyList<int> RetryMinutes = [1, 5, 15, 60];

    public static int MaxAttempts => RetryMinutes.Count + 1;

    /// <summary>
    /// How long a claimed message stays with the instance that claimed it: far longer than one SMTP exchange (four
    /// steps of at most 30 seconds each), so no other instance takes a message still in flight, even with clocks a few
    /// minutes apart. An instance that dies mid-send leaves it to be tried again once the lease is over.
    /// </summary>
    public static readonly TimeSpan SendLease = TimeSpan.FromMinutes(10);

    /// <summary>A message from <see cref="From"/>: plain text, and HTML beside it when there is some.</summary>
    public MimeMessage NewMessage(string to, string subject, string textBody, string? htmlBody = null)
    {
        var mime = new MimeMessage { Subject = subject, Body = new BodyBuilder { TextBody = textBody, HtmlBody = htmlBody }.ToMessageBody() };
        mime.From.Add(MailboxAddress.Parse(From));
        mime.To.Add(MailboxAddress.Parse(to));
        return mime;
    }
}
