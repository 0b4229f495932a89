using System.Globalization;
using FluentValidation;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Admin;

/// <summary>Field rules shared by the admin validators, so every form says the same thing about the same kind of field.</summary>
public static class FormRules
{
    public static IRuleBuilderOptions<T, string?> WebAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || IsWebAddress(value.Trim()))
            .WithMessage("Enter a full web address starting with http:// or https://.");

    public static IRuleBuilderOptions<T, DateOnly?> InRegistryRange<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(value => value is not { } date || Agreement.IsInDateRange(date))
            .WithMessage($"Enter a date between {Agreement.EarliestDate.Year} and {Agreement.LatestDate.Year}.");

    /// <summary>A small count as a sentence writes it ("at least two parties"); digits from ten on.</summary>
    public static string InWords(int count) =>
        count is >= 0 and < 10 ? ((string[])["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])[count] : count.ToString(CultureInfo.InvariantCulture);

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
