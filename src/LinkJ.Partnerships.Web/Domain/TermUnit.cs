namespace LinkJ.Partnerships.Web.Domain;

public enum TermUnit
{
    Months,
    Years,
}

public enum TermKind
{
    /// <summary>A number of months or years from the effective date.</summary>
    Duration,

    /// <summary>An explicit end date.</summary>
    FixedEndDate,

    /// <summary>No end.</summary>
    OpenEnded,
}
