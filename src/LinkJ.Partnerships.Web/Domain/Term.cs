namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// How long an agreement runs from its effective date. An agreement is in force on the half-open range
/// [effective date, end date): the end date is the first day on which it no longer applies.
/// See docs/decisions/003-terms-and-end-dates.md.
/// </summary>
public sealed record Term
{
    public const int MinMonths = 1;
    public const int MaxYears = 100;
    public const int MaxMonths = MaxYears * 12;

    private Term(TermKind kind, int? length, TermUnit? unit, DateOnly? endsOn)
    {
        Kind = kind;
        Length = length;
        Unit = unit;
        FixedEndsOn = endsOn;
    }

    public TermKind Kind { get; }

    /// <summary>The number of <see cref="Unit"/>s, for a duration term.</summary>
    public int? Length { get; }

    public TermUnit? Unit { get; }

    /// <summary>The end date, for a fixed-end term.</summary>
    public DateOnly? FixedEndsOn { get; }

    public static Term OpenEnded { get; } = new(TermKind.OpenEnded, null, null, null);

    public static Term OfMonths(int months) => OfLength(months, TermUnit.Months);

    public static Term OfYears(int years) => OfLength(years, TermUnit.Years);

    public static Term OfLength(int length, TermUnit unit) => IsWithinLimits(length, unit)
        ? new Term(TermKind.Duration, length, unit, null)
        : throw new ArgumentOutOfRangeException(nameof(length), length, $"A term runs from {MinMonths} month to {MaxYears} years.");

    /// <summary>Whether a term of this length is allowed: from <see cref="MinMonths"/> months to <see cref="MaxYears"/> years.</summary>
    public static bool IsWithinLimits(int length, TermUnit unit) => (unit == TermUnit.Years ? length * 12L : length) is >= MinMonths and <= MaxMonths;

    public static Term Until(DateOnly endsOn) => new(TermKind.FixedEndDate, null, null, endsOn);

    /// <summary>
    /// The first day on which the agreement is no longer in force, or null when it is open-ended.
    /// Adding months clamps to the end of a shorter month, so a term that starts on 29 February
    /// ends on 28 February of a common year.
    /// </summary>
    public DateOnly? EndDateFrom(DateOnly effectiveOn) => Kind switch
    {
        TermKind.Duration when Unit == TermUnit.Years => effectiveOn.AddYears(Length!.Value),
        TermKind.Duration => effectiveOn.AddMonths(Length!.Value),
        TermKind.FixedEndDate => FixedEndsOn,
        _ => null,
    };

    public override string ToString() => Kind switch
    {
        TermKind.Duration => $"{Length} {(Length == 1 ? Unit.ToString()!.TrimEnd('s') : Unit.ToString())}".ToLowerInvariant(),
        TermKind.FixedEndDate => $"until {FixedEndsOn:yyyy-MM-dd}",
        _ => "open-ended",
    };
}
