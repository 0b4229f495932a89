using System.Text.Encodings.Web;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Partners;

public sealed class IndexModel(PartnerDirectory directory, RegistryClock clock, HtmlEncoder encoder, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DirectoryQuery Query { get; private set; } = new();

    public DirectoryPage Result { get; private set; } = new([], Paging.For(1, null, 0));

    /// <summary>The country filter's options: countries with a listed partner, by name, plus the one asked for.</summary>
    public string CountryOptions { get; private set; } = string.Empty;

    public DirectoryLabels Labels { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        // Read straight from the query string (the first of repeated values, as binding did): binding eight
        // parameters builds a binding context and validation state for each, on the hottest page of the app.
        var parameters = Request.Query;
        string? First(string name) => parameters[name] is { Count: > 0 } values ? values[0] : null;
        Query = DirectoryQuery.From(First("q"), First("country"), First("type"), First("kind"), First("status"), First("sort"), First("page"), First("size"));
        var cancellationToken = HttpContext.RequestAborted;
        Today = clock.Today;
        Labels = DirectoryLabels.For(localizer, encoder);
        var snapshot = await directory.SnapshotAsync(cancellationToken);
        Result = await directory.SearchAsync(snapshot, Query, Today, cancellationToken);
        CountryOptions = Query.Country is null || snapshot.Countries.Contains(Query.Country)
            ? snapshot.RenderedCountryOptions(encoder).With(Query.Country)
            : new RenderedOptions(
                snapshot.CountryOptions.Append((Query.Country, Domain.Countries.NameOf(Query.Country))).OrderBy(c => c.Item2, StringComparer.CurrentCulture),
                encoder).With(Query.Country);
    }

    /// <summary>The English address of this view with only the filters the directory understood, for the canonical link.</summary>
    public string CanonicalPath() => PathWith(Query.Sort, Result.Paging.Page);

    /// <summary>The same filters in another order, from the first page: the links in the column headers.</summary>
    public string SortedBy(DirectorySort sort) => PublicPaths.For(PathWith(sort, 1));

    /// <summary>Another page of the same view: the pager's links.</summary>
    public string PageLink(int page) => PublicPaths.For(PathWith(Query.Sort, page));

    private string PathWith(DirectorySort sort, int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Add(new(name, value));
            }
        }

        Add("q", Query.Text);
        Add("country", Query.Country);
        Add("type", Query.Type?.ToString());
        Add("kind", Query.Kind?.ToString());
        Add("status", Query.Status is { } s ? DirectoryQuery.ValueOf(s) : null);
        Add("sort", sort == DirectorySort.Name ? null : DirectoryQuery.ValueOf(sort));
        Add("size", Result.Paging.PageSize == Paging.DefaultPageSize ? null : Result.Paging.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/partners" + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
    }
}
