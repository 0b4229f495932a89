namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>
/// One agreement that reached one notice point, for one recipient. The unique key (agreement, end date, point,
/// recipient) makes each reminder exist once, ever; the digest that carries it is <see cref="Message"/>, set in the
/// same save that writes that digest into the outbox (decision 060).
/// </summary>
public sealed class ReminderNotice
{
    public long Id { get; private set; }

    public int AgreementId { get; init; }

    /// <summary>The agreement's end date when the notice was due: an extension makes a new end date, and new notices.</summary>
    public DateOnly EndsOn { get; init; }

    /// <summary>Days before the last day in force (180, 90...); negative after it (-1: the day after it ends).</summary>
    public int Point { get; init; }

    public required string UserId { get; init; }

    /// <summary>The day (Tokyo) on which the point was reached.</summary>
    public DateOnly DueOn { get; init; }

    public DateTime CreatedAt { get; init; }

    public long? MessageId { get; set; }

    public OutboxMessage? Message { get; set; }
}
