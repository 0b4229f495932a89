namespace LinkJ.Partnerships.Web.Domain;

public enum AgreementStatus
{
    /// <summary>The effective date is still to come.</summary>
    Upcoming,

    /// <summary>In force, and its end is further away than the ending-soon window.</summary>
    Active,

    /// <summary>In force, and it ends within the ending-soon window.</summary>
    EndingSoon,

    /// <summary>In force with no end date.</summary>
    OpenEnded,

    /// <summary>Its end date has been reached.</summary>
    Ended,

    /// <summary>Ended early: the date of an early termination has been reached. Counts as ended everywhere.</summary>
    Terminated,
}

public static class AgreementStatusExtensions
{
    public static bool IsInForce(this AgreementStatus status) =>
        status is AgreementStatus.Active or AgreementStatus.EndingSoon or AgreementStatus.OpenEnded;

    /// <summary>Ended, at its end date or early: what counts as "ended" in lists, filters, counts and the timeline.</summary>
    public static bool HasEnded(this AgreementStatus status) =>
        status is AgreementStatus.Ended or AgreementStatus.Terminated;
}
