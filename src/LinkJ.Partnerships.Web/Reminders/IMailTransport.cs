using MimeKit;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>Where e-mail goes: an SMTP server, or .eml files when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
