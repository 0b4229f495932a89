namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// When an agreement is in force: [EffectiveOn, EndsOn), or from EffectiveOn on when EndsOn is null.
/// Pages that project agreements into their own records rebuild this from the two stored dates,
/// so every page computes status the same way. <see cref="Terminated"/> says that <see cref="EndsOn"/> is the date of an
/// early termination: the agreement then ends as "terminated" rather than "ended".
/// </summary>
public readonly record struct AgreementPeriod(DateOnly EffectiveOn, DateOnly? EndsOn, bool Terminated = false)
{
    public const int DefaultEndingSoonDays = 90;

    public AgreementStatus StatusOn(DateOnly day, int endingSoonDays = DefaultEndingSoonDays)
    {
        if (day < EffectiveOn)
        {
            return AgreementStatus.Upcoming;
        }

        if (EndsOn is not { } end)
        {
            return AgreementStatus.OpenEnded;
        }

        if (day >= end)
        {
            return Terminated ? AgreementStatus.Terminated : AgreementStatus.Ended;
        }

        return end.DayNumber - day.DayNumber <= endingSoonDays ? AgreementStatus.EndingSoon : AgreementStatus.Active;
    }

    public bool IsInForceOn(DateOnly day) => day >= EffectiveOn && (EndsOn is null || day < EndsOn);

    /// <summary>Days from <paramref name="day"/> until the end date; zero or less once it has ended.</summary>
    public int? DaysLeftOn(DateOnly day) => EndsOn is { } end ? end.DayNumber - day.DayNumber : null;

    /// <summary>The last day on which the agreement is in force.</summary>
    public DateOnly? LastDayInForce => EndsOn?.AddDays(-1);
}
