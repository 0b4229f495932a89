using System.Linq.Expressions;

namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// The SQL form of <see cref="AgreementPeriod.StatusOn"/>: each status as a condition on the stored EffectiveOn and
/// EndsOn columns, which their indexes can serve. The status filter and the status sort are both built from
/// <see cref="Has"/>; StatusQueryTests runs them in SQLite against the C# rule on every boundary day.
/// </summary>
public static class AgreementQueries
{
    /// <summary>How lists sort by status: what starts next, what ends next, what runs on, then what has ended.</summary>
    public static IReadOnlyList<AgreementStatus> ListOrder { get; } =
        [AgreementStatus.Upcoming, AgreementStatus.EndingSoon, AgreementStatus.Active, AgreementStatus.OpenEnded, AgreementStatus.Ended, AgreementStatus.Terminated];

    /// <summary>
    /// What the public may see: a public agreement that is not archived. The directory, the profiles, the map and the
    /// public API all start from this one rule.
    /// </summary>
    public static Expression<Func<Agreement, bool>> IsPublished { get; } = a => a.Visibility == Visibility.Public && a.ArchivedAt == null;

    /// <summary>Agreements that are not archived: what every staff list and count shows unless asked for the archive.</summary>
    public static IQueryable<Agreement> Current(this IQueryable<Agreement> agreements) => agreements.Where(a => a.ArchivedAt == null);

    public static IQueryable<Agreement> InForceOn(this IQueryable<Agreement> agreements, DateOnly day) =>
        agreements.Where(IsInForceOn(day));

    /// <summary>The SQL form of <see cref="AgreementPeriod.IsInForceOn"/>.</summary>
    public static Expression<Func<Agreement, bool>> IsInForceOn(DateOnly day) =>
        a => a.EffectiveOn <= day && (a.EndsOn == null || a.EndsOn > day);

    /// <summary>Ended at its end date or early (<see cref="AgreementStatusExtensions.HasEnded"/>).</summary>
    public static Expression<Func<Agreement, bool>> HasEndedOn(DateOnly day) => a => a.EndsOn != null && a.EndsOn <= day;

    public static IQueryable<Agreement> WhereStatus(this IQueryable<Agreement> agreements, AgreementStatus status, DateOnly day, int endingSoonDays) =>
        agreements.Where(Has(status, day, endingSoonDays));

    /// <summary>The place of an agreement's status on the day in <see cref="ListOrder"/>, as one expression to sort by.</summary>
    public static Expression<Func<Agreement, int>> StatusRankOn(DateOnly day, int endingSoonDays)
    {
        var agreement = Expression.Parameter(typeof(Agreement), "a");
        Expression rank = Expression.Constant(ListOrder.Count);
        for (var i = ListOrder.Count - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Invoke(Has(ListOrder[i], day, endingSoonDays), agreement), Expression.Constant(i), rank);
        }

        return Expression.Lambda<Func<Agreement, int>>(rank, agreement);
    }

    /// <summary>Whether an agreement has the status on the day; exactly one status holds for any agreement.</summary>
    public static Expression<Func<Agreement, bool>> Has(AgreementStatus status, DateOnly day, int endingSoonDays)
    {
        var soon = day.AddDays(endingSoonDays);
        return status switch
        {
            AgreementStatus.Upcoming => a => a.EffectiveOn > day,
            AgreementStatus.OpenEnded => a => a.EffectiveOn <= day && a.EndsOn == null,
            AgreementStatus.Ended => a => a.EndsOn != null && a.EndsOn <= day && a.TerminatedOn == null,
            AgreementStatus.Terminated => a => a.EndsOn != null && a.EndsOn <= day && a.TerminatedOn != null,
            AgreementStatus.EndingSoon => a => a.EffectiveOn <= day && a.EndsOn > day && a.EndsOn <= soon,
            AgreementStatus.Active => a => a.EffectiveOn <= day && a.EndsOn > soon,
            _ => a => true,
        };
    }
}
