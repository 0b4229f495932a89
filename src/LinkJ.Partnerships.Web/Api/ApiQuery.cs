using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LinkJ.Partnerships.Web.Pages.Partners;
using LinkJ.Partnerships.Web.Pages.Shared;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// A list request to the public API: the directory's own <see cref="DirectoryQuery"/> (same parameters, same parsing),
/// read strictly. Where the pages drop a value they do not understand and still show a page, the API names it in a
/// 400, so a program learns of its mistake; parameters it does not know are ignored, as on the pages.
/// </summary>
public sealed record ApiQuery(DirectoryQuery Directory, int Page, int PageSize)
{
    public const int MaxPageSize = Paging.MaxPageSize;

    /// <summary>The query, or the errors by parameter name.</summary>
    public static (ApiQuery? Query, Dictionary<string, string[]> Errors) From(ListParameters p)
    {
        var directory = DirectoryQuery.From(p.Q, p.Country, p.Type, p.Kind, p.Status, p.Sort, p.Page, p.Size);
        var errors = directory.Ignored.Distinct().ToDictionary(name => name, name => new[] { Message(name) });

        var page = PageOf(directory.Page, p.Cursor, errors);
        var size = SizeOf(directory.PageSize, errors);
        return errors.Count > 0 ? (null, errors) : (new ApiQuery(directory with { Page = page, PageSize = size }, page, size), errors);
    }

    /// <summary>The page asked for, by number (from 1) or by cursor; a bad one is added to <paramref name="errors"/>.</summary>
    public static int PageOf(int? number, string? cursor, Dictionary<string, string[]> errors)
    {
        var page = number ?? 1;
        if (!errors.ContainsKey("page") && page < 1)
        {
            errors["page"] = ["Pages are counted from 1."];
        }

        if (cursor is { Length: > 0 })
        {
            if (Cursor.Read(cursor) is { } fromCursor)
            {
                return fromCursor;
            }

            errors["cursor"] = ["The cursor is not one this API gave out; use the nextCursor of a previous answer."];
        }

        return page;
    }

    /// <summary>The page size asked for, 1 to <see cref="MaxPageSize"/>; a bad one is added to <paramref name="errors"/>.</summary>
    public static int SizeOf(int? number, Dictionary<string, string[]> errors)
    {
        var size = number ?? Paging.DefaultPageSize;
        if (!errors.ContainsKey("size") && size is < 1 or > MaxPageSize)
        {
            errors["size"] = [Message("size")];
        }

        return size;
    }

    private static string Message(string name) => name switch
    {
        "country" => "Unknown country: use a two-letter ISO 3166-1 code such as JP or GB.",
        "type" => $"Unknown agreement type; one of {string.Join(", ", Enum.GetNames<Domain.AgreementType>())}.",
        "kind" => $"Unknown organization kind; one of {string.Join(", ", Enum.GetNames<Domain.OrganizationKind>())}.",
        "status" => "Unknown status; in-force or ended.",
        "sort" => $"Unknown sort; one of {string.Join(", ", Enum.GetValues<DirectorySort>().Select(DirectoryQuery.ValueOf))}.",
        "page" => "The page is a whole number from 1.",
        "size" => $"The size is a number from 1 to {MaxPageSize}.",
        _ => "Not understood.",
    };

    /// <summary>
    /// An opaque cursor for the next page: the page number, so a cursor from one answer stays valid with the same
    /// filters. Paging by number and by cursor give the same pages.
    /// </summary>
    public static class Cursor
    {
        private const string Prefix = "p1:";

        public static string For(int page) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + page.ToString(CultureInfo.InvariantCulture)));

        public static int? Read(string cursor)
        {
            if (cursor.Length > 40)
            {
                return null;
            }

            try
            {
                var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
                return text.StartsWith(Prefix, StringComparison.Ordinal)
                    && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
                        ? page
                        : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
