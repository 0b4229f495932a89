using System.Globalization;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>
/// The geometry of the dashboard's timeline, drawn server-side as SVG so it needs no script and tests can read it.
/// The axis runs from 1 January of the earliest start to 1 January after the latest end (and at least a year past today), at most
/// <see cref="MaxYearsAhead"/> years past today; bars that run past the axis, and open-ended ones, stop at its edge.
/// </summary>
public sealed class Timeline
{
    public const double Width = 1000;
    public const double LabelWidth = 280;
    public const double RowHeight = 24;
    public const double BarHeight = 14;
    public const double AxisHeight = 28;
    public const int MaxYearsAhead = 10;
    public const int LabelLength = 42;

    /// <summary>A chart with more rows than this is no longer read; the full list is one click away.</summary>
    public const int MaxBars = 150;

    public Timeline(IEnumerable<AgreementSummary> agreements, int total, DateOnly today, int endingSoonDays)
    {
        Total = total;
        var list = agreements.OrderBy(a => a.EffectiveOn).ThenBy(a => a.Id).ToList();
        Today = today;
        var firstYear = Math.Min(list.Count == 0 ? today.Year : list.Min(a => a.EffectiveOn.Year), today.Year);
        var lastEnd = list.Select(a => a.EndsOn ?? today).DefaultIfEmpty(today).Max();
        var lastYear = Math.Min(Math.Max(lastEnd.Year, today.Year + 1), today.Year + MaxYearsAhead);
        From = new DateOnly(firstYear, 1, 1);
        To = new DateOnly(lastYear + 1, 1, 1);
        Bars = list.Select((a, row) => Bar(a, row, endingSoonDays)).ToList();
    }

    public DateOnly Today { get; }

    /// <summary>How many agreements the registry holds; more than the bars when the chart is capped.</summary>
    public int Total { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public IReadOnlyList<TimelineBar> Bars { get; }

    public static double PlotLeft => LabelWidth;

    public static double PlotRight => Width - 10;

    public double Height => AxisHeight + (Math.Max(Bars.Count, 1) * RowHeight) + 8;

    public double TodayX => XOf(Today);

    public IEnumerable<(int Year, double X)> Years =>
        Enumerable.Range(From.Year, To.Year - From.Year + 1).Select(y => (y, XOf(new DateOnly(y, 1, 1))));

    /// <summary>Whole-year labels crowd a long axis, so only every n-th year is written.</summary>
    public int YearLabelStep => Math.Max(1, (int)Math.Ceiling((To.Year - From.Year) / 12.0));

    public double XOf(DateOnly day)
    {
        var clamped = day < From ? From : day > To ? To : day;
        var share = (clamped.DayNumber - From.DayNumber) / (double)(To.DayNumber - From.DayNumber);
        return PlotLeft + (share * (PlotRight - PlotLeft));
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Color(AgreementStatus status) => status switch
    {
        AgreementStatus.Active => "#198754",
        AgreementStatus.EndingSoon => "#d39e00",
        AgreementStatus.OpenEnded => "#0a8ca8",
        AgreementStatus.Upcoming => "#6c757d",
        AgreementStatus.Terminated => "#212529",
        _ => "#adb5bd",
    };

    private TimelineBar Bar(AgreementSummary agreement, int row, int endingSoonDays)
    {
        var x = XOf(agreement.EffectiveOn);
        var end = agreement.EndsOn is { } endsOn ? XOf(endsOn) : PlotRight;
        var label = agreement.Title.Length > LabelLength ? agreement.Title[..(LabelLength - 1)] + "…" : agreement.Title;
        return new TimelineBar(
            agreement,
            agreement.Period.StatusOn(Today, endingSoonDays),
            label,
            x,
            Math.Max(end - x, 2),
            AxisHeight + (row * RowHeight) + ((RowHeight - BarHeight) / 2));
    }
}

public sealed record TimelineBar(AgreementSummary Agreement, AgreementStatus Status, string Label, double X, double Width, double Y);
