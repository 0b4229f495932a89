using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The effective date: a date in a sentence that says so ("became effective on", 「付で締結」), else the date it was
/// signed or concluded, else the announcement's own date (said so in the note). A date without a year gets one
/// only from evidence: the release's publication date, or the home organization's numbered partners on either side
/// of this one's ordinal; otherwise the date stays empty and the field says why.
/// </summary>
public static partial class EffectiveDateReader
{
    public sealed record Result(Field<DateOnly> On, Field<string> AsStated, Field<bool> Inferred);

    public static Result Read(ReleaseDocument release, Field<int> ordinal, ImportContext context)
    {
        var stated = Find(release.Sentences, Effective()) ?? Find(release.Sentences, Concluded()) ?? (release.Headline is { } h ? Find([h], Concluded()) : null);
        if (stated is null)
        {
            return release.Dateline is { Date: { } published } dateline
                ? new Result(
                    Field<DateOnly>.Found(published, release.DatelineText!, "The release gives no effective date; the date it was announced is used."),
                    Field<string>.Found($"announced {dateline.Text}", release.DatelineText!),
                    Field<bool>.Found(false, release.DatelineText!))
                : new Result(
                    Field<DateOnly>.Missing("The release gives no effective date and no date of its own."),
                    Field<string>.Missing("No date is stated."),
                    Field<bool>.Missing("No date is stated."));
        }

        var (mention, sentence) = stated.Value;
        var asStated = Field<string>.Found(mention.Text, sentence);
        if (mention.Date is { } date)
        {
            return new Result(Field<DateOnly>.Found(date, sentence), asStated, Field<bool>.Found(false, sentence));
        }

        if ((FromPublication(release, mention) ?? FromNeighbours(mention, ordinal, context)) is { } inferred)
        {
            return new Result(Field<DateOnly>.Found(inferred.Date, sentence, inferred.Why), asStated, Field<bool>.Found(true, sentence, inferred.Why));
        }

        const string why = "The release gives no year, and neither a publication date nor the registry's numbered partners fix one; enter it by hand.";
        return new Result(Field<DateOnly>.Missing(why), asStated, Field<bool>.Missing(why));
    }

    private static (DateMention, string)? Find(IEnumerable<string> sentences, Regex cue)
    {
        foreach (var sentence in sentences)
        {
            if (cue.Match(sentence) is { Success: true } m && !Founding().IsMatch(sentence))
            {
                var dates = DateMention.FindAll(sentence).ToList();
                var nearest = dates.OrderBy(d => Math.Abs(d.Index - m.Index)).FirstOrDefault();
                if (nearest is not null)
                {
                    return (nearest, sentence);
                }
            }
        }

        return null;
    }

    /// <summary>The occurrence of the day nearest before the publication (up to three months after it).</summary>
    private static (DateOnly Date, string Why)? FromPublication(ReleaseDocument release, DateMention mention)
    {
        if (release.Dateline?.Date is not { } published || mention.On(published.Year) is not { } candidate)
        {
            return null;
        }

        var date = candidate > published.AddMonths(3) ? mention.On(published.Year - 1) : candidate;
        return date is { } d ? (d, $"The release gives no year; {d.Year} from its publication date, {Iso(published)}.") : null;
    }

    private static (DateOnly Date, string Why)? FromNeighbours(DateMention mention, Field<int> ordinal, ImportContext context)
    {
        if (!ordinal.Filled || context.Partners.Count == 0)
        {
            return null;
        }

        var n = ordinal.Value;
        var home = context.Home?.Display ?? "The home organization";
        var before = context.Partners.Where(p => p.Ordinal < n && !p.YearInferred).MaxBy(p => p.Ordinal);
        if (before is not null)
        {
            for (var year = before.EffectiveOn.Year; year <= before.EffectiveOn.Year + 1; year++)
            {
                if (mention.On(year) is { } d && d >= before.EffectiveOn)
                {
                    return (d, $"The release gives no year. {home} numbers its partners in order: the {Ordinal(before.Ordinal)}, {before.Partner}, took effect on {Iso(before.EffectiveOn)}, so the {Ordinal(n)} dates from after it: {Iso(d)}.");
                }
            }
        }

        var after = context.Partners.Where(p => p.Ordinal > n && !p.YearInferred).MinBy(p => p.Ordinal);
        if (after is not null)
        {
            for (var year = after.EffectiveOn.Year; year >= after.EffectiveOn.Year - 1; year--)
            {
                if (mention.On(year) is { } d && d <= after.EffectiveOn)
                {
                    return (d, $"The release gives no year. {home} numbers its partners in order: the {Ordinal(after.Ordinal)}, {after.Partner}, took effect on {Iso(after.EffectiveOn)}, so the {Ordinal(n)} dates from before it: {Iso(d)}.");
                }
            }
        }

        return null;
    }

    public static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:effective|came into effect|comes? into effect|took effect|takes? effect|entered into force|enters? into force|in force from|valid from|starting)\b|発効|効力|付で|付けで|より開始", RegexOptions.IgnoreCase)]
    private static partial Regex Effective();

    [GeneratedRegex(@"\b(?:signed|signs|signing|concluded|concludes|conclude|inked|entered into|executed)\b|締結|調印|署名", RegexOptions.IgnoreCase)]
    private static partial Regex Concluded();

    [GeneratedRegex(@"\b(?:founded|established|was formed|since)\b|設立|創業", RegexOptions.IgnoreCase)]
    private static partial Regex Founding();
}
