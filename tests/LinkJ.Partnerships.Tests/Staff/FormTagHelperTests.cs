using System.Reflection;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.Hosting;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>
/// Outside the public pages every form is written by the framework's form tag helper, so a POST form added to a
/// staff, admin or account page (or the layout) gets its antiforgery token by itself. Pages/Partners/ turns it off.
/// </summary>
public sealed class FormTagHelperTests
{
    [Fact]
    public void Every_form_outside_the_public_pages_is_written_by_the_form_tag_helper()
    {
        var withForms = new RazorCompiledItemLoader().LoadItems(typeof(Program).Assembly)
            .Where(view => Source(view.Identifier).Contains("<form", StringComparison.Ordinal))
            .ToDictionary(view => view.Identifier, view => view.Type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Any(f => f.FieldType == typeof(FormTagHelper)));
        Assert.Contains("/Pages/Staff/Agreements/Index.cshtml", withForms.Keys);
        Assert.Contains("/Pages/Shared/_Layout.cshtml", withForms.Keys);

        var outside = withForms.Where(v => !v.Key.StartsWith("/Pages/Partners/", StringComparison.Ordinal) && !v.Value).Select(v => v.Key);
        Assert.Empty(outside);
        Assert.False(withForms["/Pages/Partners/Index.cshtml"]);
    }

    private static string Source(string identifier)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "LinkJ.Partnerships.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository was not found.");
        }

        return File.ReadAllText(Path.Combine(directory.FullName, "src", "LinkJ.Partnerships.Web", identifier.TrimStart('/')));
    }
}
