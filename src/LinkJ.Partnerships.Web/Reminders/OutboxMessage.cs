namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>
/// An e-mail waiting to be sent, sent, or given up on. Written in the same save as what it reports, under a unique
/// key, and sent later by <see cref="OutboxSender"/>: a crash or a refusing server delays a message but never loses
/// it or writes it twice (decision 060).
/// </summary>
public sealed class OutboxMessage
{
    public const int KeyMaxLength = 200;
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 500;

    public long Id { get; private set; }

    /// <summary>What the message is for, such as "digest:{user}:2026-12-07"; unique.</summary>
    public required string Key { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Attempts { get; set; }

    /// <summary>Not before this (UTC); an attempt moves it on by the backoff before it starts.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the last allowed attempt failed; an admin may retry it.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}
