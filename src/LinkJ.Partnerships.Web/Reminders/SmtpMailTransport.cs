using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>MailKit over SMTP, one connection per message: a digest run sends a handful.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    /// <summary>Shorter than the first retry delay, so an attempt is over before the next may start.</summary>
    private const int TimeoutMilliseconds = 30_000;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
