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

    public static IResult Unauthorized(bool tokenPresented) =>
        Results.Problem(
            tokenPresented
                ? "The access token is unknown, revoked or expired, or its account is disabled. Create a new one on /account/tokens."
                : "This address needs a personal access token: send it as 'Authorization: Bearer <token>'. Create one on /account/tokens.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2");

    public static IResult Forbidden() =>
        Results.Problem(
            "The token's account may not read the staff API.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4");

    public static IResult TooManyRequests(int retryAfterSeconds) =>
        Results.Problem(
            $"Too many requests from this address; try again in {retryAfterSeconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests", type: "https://www.rfc-editor.org/rfc/rfc6585#section-4");
}
