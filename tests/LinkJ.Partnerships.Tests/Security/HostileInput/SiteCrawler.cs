using System.Reflection;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using LinkJ.Partnerships.Tests.Support;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LinkJ.Partnerships.Tests.Security.HostileInput;

/// <summary>
/// Follows the links a signed-in person can follow, from the home page, and collects one page of each shape
/// (an address with its ids taken out), the query parameters each shape is linked or searched with, and the
/// forms that post. Shapes come from the app's own route templates, so new pages are found without a list.
/// </summary>
public sealed class SiteCrawler(HttpClient client, IReadOnlyList<AppEndpoint> endpoints)
{
    private const int MaxPages = 400;

    private readonly HashSet<string> _literals = endpoints
        .SelectMany(e => e.Endpoint.RoutePattern.PathSegments)
        .SelectMany(s => s.Parts.OfType<RoutePatternLiteralPart>())
        .Select(p => p.Content.ToLowerInvariant())
        .ToHashSet();

    private readonly Dictionary<string, HashSet<string>> _parameters = [];

    public Dictionary<string, CrawledPage> Pages { get; } = [];

    public Dictionary<string, CrawledForm> Forms { get; } = [];

    public async Task CrawlAsync(params string[] start)
    {
        var queue = new Queue<string>(start);
        var queued = start.Select(u => Shape(u.Split('?')[0])).ToHashSet();
        while (queue.Count > 0 && Pages.Count < MaxPages)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = FormPosting.ParseHtml(await response.Content.ReadAsStringAsync());
            var path = url.Split('?')[0];
            PageFor(path).Parameters.UnionWith(QueryNames(url));
            foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                Collect(form, path);
            }

            foreach (var local in document.QuerySelectorAll("a[href]").Select(a => Local(a.GetAttribute("href")!)).OfType<string>())
            {
                var shape = Shape(local.Split('?')[0]);
                ParametersFor(shape).UnionWith(QueryNames(local));
                if (queued.Add(shape))
                {
                    queue.Enqueue(local);
                }
            }
        }

        foreach (var endpoint in endpoints.Where(e => e.Page is not null))
        {
            ParametersFor(Shape(endpoint.Url)).UnionWith(DeclaredQueryParameters(endpoint.Page!));
        }

        foreach (var (shape, page) in Pages)
        {
            page.Parameters.UnionWith(ParametersFor(shape));
        }
    }

    /// <summary>What the page model binds from the query: handler parameters, their properties, and GET-bound properties.</summary>
    private static IEnumerable<string> DeclaredQueryParameters(CompiledPageActionDescriptor page)
    {
        foreach (var parameter in page.HandlerMethods.Where(h => h.HttpMethod == "GET").SelectMany(h => h.Parameters))
        {
            if (IsSimple(parameter.ParameterType))
            {
                yield return parameter.BindingInfo?.BinderModelName ?? parameter.Name;
                continue;
            }

            foreach (var property in parameter.ParameterType.GetProperties().Where(p => p.CanWrite && IsSimple(p.PropertyType)))
            {
                yield return property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;
            }
        }

        foreach (var property in page.BoundProperties.OfType<PageBoundPropertyDescriptor>())
        {
            var supportsGet = property.Property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true;
            if ((supportsGet || property.BindingInfo?.BindingSource == BindingSource.Query) && IsSimple(property.ParameterType))
            {
                yield return property.BindingInfo?.BinderModelName ?? property.Name;
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(Guid);
    }

    private HashSet<string> ParametersFor(string shape) =>
        _parameters.TryGetValue(shape, out var known) ? known : _parameters[shape] = [];

    private CrawledPage PageFor(string path)
    {
        var shape = Shape(path);
        return Pages.TryGetValue(shape, out var known) ? known : Pages[shape] = new CrawledPage(path);
    }

    /// <summary>The path with every segment that is not a literal of some route replaced by "{}".</summary>
    public string Shape(string path) =>
        "/" + string.Join('/', path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => _literals.Contains(Uri.UnescapeDataString(s).ToLowerInvariant()) ? s.ToLowerInvariant() : "{}"));

    private void Collect(IHtmlFormElement form, string pagePath)
    {
        var action = Local(string.IsNullOrEmpty(form.GetAttribute("action")) ? pagePath : form.GetAttribute("action")!) ?? pagePath;
        var fields = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
        {
            ParametersFor(Shape(action.Split('?')[0])).UnionWith(fields);
            return;
        }

        if (action.StartsWith("/account/sign-out", StringComparison.Ordinal))
        {
            return;
        }

        var key = $"{Shape(action.Split('?')[0])}?{action.Split('?').ElementAtOrDefault(1)} [{string.Join(",", fields.Order(StringComparer.Ordinal))}]";
        Forms.TryAdd(key, new CrawledForm(pagePath, action));
    }

    private static IEnumerable<string> QueryNames(string url) =>
        url.Contains('?', StringComparison.Ordinal)
            ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0]))
            : [];

    private static string? Local(string href)
    {
        if (href.StartsWith("http://localhost/", StringComparison.OrdinalIgnoreCase))
        {
            href = href["http://localhost".Length..];
        }

        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("/lib/", StringComparison.Ordinal) || href.StartsWith("/css/", StringComparison.Ordinal) || href.StartsWith("/js/", StringComparison.Ordinal))
        {
            return null;
        }

        return href.Split('#')[0];
    }
}

/// <summary>A page found by crawling, and every query parameter it was seen with.</summary>
public sealed record CrawledPage(string Path)
{
    public HashSet<string> Parameters { get; } = [];
}

/// <summary>A form that posts: the page that shows it, and where it posts to.</summary>
public sealed record CrawledForm(string PagePath, string Action);
