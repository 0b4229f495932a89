namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// The status rules of <see cref="AgreementPeriod"/>, written as query filters that the database can run
/// over the stored EffectiveOn and EndsOn columns. Keep the two in step; the tests check that they agree.
/// </summary>
public static class AgreementQueries
{
    public static IQueryable<Agreement> InForceOn(this IQueryable<Agreement> agreements, DateOnly day) =>
        agreements.Where(a => a.EffectiveOn <= day && (a.EndsOn == null || a.EndsOn > day));

    public static IQueryable<Agreement> WhereStatus(this IQueryable<Agreement> agreements, AgreementStatus status, DateOnly day, int endingSoonDays)
    {
        var soon = day.AddDays(endingSoonDays);
        return status switch
        {
            AgreementStatus.Upcoming => agreements.Where(a => a.EffectiveOn > day),
            AgreementStatus.OpenEnded => agreements.Where(a => a.EffectiveOn <= day && a.EndsOn == null),
            AgreementStatus.Ended => agreements.Where(a => a.EndsOn != null && a.EndsOn <= day),
            AgreementStatus.EndingSoon => agreements.Where(a => a.EffectiveOn <= day && a.EndsOn > day && a.EndsOn <= soon),
            AgreementStatus.Active => agreements.Where(a => a.EffectiveOn <= day && a.EndsOn > soon),
            _ => agreements,
        };
    }
}
