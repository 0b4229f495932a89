using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>What a failed send is shown and logged as: the exception's own sentence, never its stack or inner details.</summary>
public static class MailError
{
    /// <summary>The SMTP reply when there is one, with the password masked should a server echo it, cut to what the outbox keeps.</summary>
    public static string Describe(Exception exception, MailOptions options)
    {
        var text = exception is MailKit.Net.Smtp.SmtpCommandException refused
            ? $"SMTP {(int)refused.StatusCode}: {refused.Message}"
            : $"{exception.GetType().Name}: {exception.Message}";
        if (options.Password is { Length: > 0 } password)
        {
            text = text.Replace(password, "***", StringComparison.Ordinal);
        }

        text = LogText.Clean(text);
        return text.Length > OutboxMessage.ErrorMaxLength ? text[..OutboxMessage.ErrorMaxLength] : text;
    }
}
