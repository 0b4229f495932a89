namespace LinkJ.Partnerships.Tests.Support;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Sets the clock to noon, Tokyo time, on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(9));
}
