using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using LinkJ.Partnerships.Web.Pages.Staff.Organizations;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The staff API under <c>/api/v1/staff</c>: read-only, for a personal access token only
/// (<see cref="AccessTokenAuthentication"/>). It runs the staff pages' own queries: <see cref="AgreementSearchRunner"/>
/// for agreements, internal ones included, and <see cref="OrganizationList"/> for organizations. Nothing may keep a
/// copy of an answer (<c>Cache-Control: private, no-store</c>), and it has its own rate limit.
/// </summary>
public static class StaffApi
{
    private static readonly string[] AgreementKept =
        ["q", "type", "status", "country", "visibility", "from", "to", "scope", "endsFrom", "endsTo", "findings", "archived", "sort", "dir", "size", "lang"];

    private static readonly string[] OrganizationKept = ["q", "archived", "size", "lang"];

    public static WebApplication MapStaffApi(this WebApplication app)
    {
        var staff = app.MapGroup("/api/v1/staff")
            .RequireAuthorization(AccessTokenAuthentication.StaffApiPolicy)
            .RequireRateLimiting(ApiRateLimit.StaffPolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = StaffApiHeaders.CacheControl;
                return await next(context);
            })
            .WithTags("Staff");
        staff.MapMethods("/agreements", PublicApi.Methods, AgreementsAsync)
            .WithName("ListStaffAgreements")
            .WithSummary("The staff search: every agreement, internal ones included, with /staff/agreements's filters, sort and paging.")
            .Produces<ApiPage<ApiStaffAgreement>>()
            .ProducesValidationProblem()
            .WithStaffErrors();
        staff.MapMethods("/organizations", PublicApi.Methods, OrganizationsAsync)
            .WithName("ListStaffOrganizations")
            .WithSummary("The staff organization list: every organization by name, the home organization included, with its agreements counted.")
            .Produces<ApiPage<ApiStaffOrganization>>()
            .ProducesValidationProblem()
            .WithStaffErrors();
        return app;
    }

    /// <summary>Documents what every staff endpoint may also answer: 401 without a usable token, 403, 429.</summary>
    private static RouteHandlerBuilder WithStaffErrors(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> AgreementsAsync(
        [AsParameters] StaffAgreementParameters parameters, HttpRequest request, AgreementSearchRunner runner,
        IStringLocalizer<SharedResource> labels, CancellationToken cancellationToken)
    {
        var (search, page, size, errors) = parameters.Read();
        foreach (var error in await runner.PrepareAsync(search, errors.Keys, cancellationToken))
        {
            errors[error.PropertyName] = [error.ErrorMessage];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadQuery(errors);
        }

        var found = await runner.PageAsync(search, page, size, cancellationToken);
        var codes = ApiLabels.For(labels);
        var items = found.Rows.Select(a => new ApiStaffAgreement(
            a.Id, a.Title, codes.Of(a.Type), codes.Of(a.Visibility), a.EffectiveOn, a.EndsOn, a.Period.LastDayInForce,
            codes.Of(a.Period.StatusOn(runner.Today, runner.EndingSoonDays)),
            a.Partners.Select(p => new ApiStaffParty(p.Id, p.Name, p.LocalName, ApiShapes.Country(p.CountryCode), p.IsHome)).ToArray(),
            $"/staff/agreements/{a.Id}")).ToArray();
        return Results.Ok(ApiPaging.Page(items, found.Paging, request, AgreementKept));
    }

    private static async Task<IResult> OrganizationsAsync(
        [AsParameters] StaffOrganizationParameters parameters, HttpRequest request, RegistryDbContext db, RegistryClock clock,
        IStringLocalizer<SharedResource> labels, CancellationToken cancellationToken)
    {
        var (page, size, archived, errors) = parameters.Read();
        if (errors.Count > 0)
        {
            return ApiProblems.BadQuery(errors);
        }

        var (paging, rows) = await OrganizationList.PageAsync(db, clock.Today, parameters.Q, archived, page, size, cancellationToken);
        var codes = ApiLabels.For(labels);
        var items = rows.Select(o => new ApiStaffOrganization(
            o.Id, o.Name, o.LocalName, codes.Of(o.Kind), ApiShapes.Country(o.CountryCode), o.IsHome, o.Agreements, o.InForce,
            $"/staff/organizations/{o.Id}")).ToArray();
        return Results.Ok(ApiPaging.Page(items, paging, request, OrganizationKept));
    }
}
