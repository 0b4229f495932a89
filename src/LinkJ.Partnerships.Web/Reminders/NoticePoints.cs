using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>An agreement that reached a notice point on <paramref name="DueOn"/>.</summary>
public readonly record struct DueNotice(int AgreementId, DateOnly EndsOn, int Point, DateOnly DueOn);

/// <summary>
/// Which agreements reach a notice point on which day. A point is counted in days from the last day in force
/// (<c>EndsOn</c> − 1 day): 90 is due 90 days before it, −1 the day after it. Open-ended agreements have none.
/// </summary>
public static class NoticePoints
{
    public static DateOnly DueOn(DateOnly endsOn, int point) => endsOn.AddDays(-1 - point);

    /// <summary>The end dates whose <paramref name="point"/> falls between two days: one range, which the index on EndsOn serves.</summary>
    public static (DateOnly From, DateOnly To) EndDatesDue(DateOnly firstDay, DateOnly lastDay, int point) =>
        (firstDay.AddDays(point + 1), lastDay.AddDays(point + 1));

    /// <summary>Every notice point reached from <paramref name="catchUpDays"/> before <paramref name="day"/> up to it: one small range query per point.</summary>
    public static async Task<List<DueNotice>> DueAsync(RegistryDbContext db, DateOnly day, IReadOnlyList<int> points, int catchUpDays, CancellationToken cancellationToken)
    {
        var due = new List<DueNotice>();
        foreach (var point in points.Distinct())
        {
            var (from, to) = EndDatesDue(day.AddDays(-catchUpDays), day, point);
            var ends = await Ending(db, from, to).Select(a => new { a.Id, a.EndsOn }).ToListAsync(cancellationToken);
            due.AddRange(ends.Select(a => new DueNotice(a.Id, a.EndsOn!.Value, point, DueOn(a.EndsOn.Value, point))));
        }

        return due;
    }

    public static IQueryable<Domain.Agreement> Ending(RegistryDbContext db, DateOnly from, DateOnly to) =>
        db.Agreements.AsNoTracking().Current().Where(a => a.EndsOn >= from && a.EndsOn <= to);
}
