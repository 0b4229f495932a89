using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>
/// The registry's idea of today. The domain never reads the clock: pages ask this for the day and pass it in.
/// Tests replace <see cref="TimeProvider"/> to fix the day.
/// </summary>
public sealed class RegistryClock(TimeProvider time, IOptions<RegistryOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public int EndingSoonDays => options.Value.EndingSoonDays;

    /// <summary>The moment <paramref name="day"/> starts in the registry's zone, in UTC.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), _zone);

    /// <summary>The registry's day (Tokyo) of a UTC moment.</summary>
    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));
}
