namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>The "Reminders" configuration section: when agreements are brought to staff's attention.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Days before an agreement's last day in force on which a reminder is due. Null: 180, 90, 30 and 7.</summary>
    public int[]? NoticeDays { get; set; }

    /// <summary>Days after its last day in force on which one more is due. Null: 1, the day after it ends.</summary>
    public int[]? AfterEndDays { get; set; }

    /// <summary>How many past days a run still looks at, so a weekly digest and a stopped app miss nothing.</summary>
    public int CatchUpDays { get; set; } = 7;

    /// <summary>The background schedule; off in the test host unless a test turns it on.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Days a sent message keeps its text. After that only its envelope (recipient, subject, dates) stays: the
    /// reminders it carried still point at it, so none is sent again, but the outbox does not grow by a digest a day
    /// per reader, nor keep internal agreements' titles longer than needed.
    /// </summary>
    public int KeepSentDays { get; set; } = 90;

    /// <summary>
    /// Every notice point, as days before the last day in force (negative after it). Arrays are nullable because the
    /// configuration binder appends to an array it finds filled, so a default list could never be replaced.
    /// </summary>
    public IReadOnlyList<int> Points =>
        [.. (NoticeDays ?? [180, 90, 30, 7]).Where(d => d >= 0), .. (AfterEndDays ?? [1]).Where(d => d > 0).Select(d => -d)];
}
