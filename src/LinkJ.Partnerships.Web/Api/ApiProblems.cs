namespace LinkJ.Partnerships.Web.Api;

/// <summary>RFC 9457 problem details (<c>application/problem+json</c>), the API's only way of saying no.</summary>
public static class ApiProblems
{
    public static IResult BadQuery(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The query has values this API does not understand.", type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static IResult MethodNotAllowed(HttpContext http)
    {
        http.Response.Headers.Allow = PublicApi.Allow;
        return Results.Problem(
            "The public API is read-only: use GET or HEAD.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6");
    }

    public static IResult TooManyRequests(int retryAfterSeconds) =>
        Results.Problem(
            $"Too many requests from this address; try again in {retryAfterSeconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests", type: "https://www.rfc-editor.org/rfc/rfc6585#section-4");
}
