using CryoWeb.Controller.Outcomes;
using CryoWeb.WebUI.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>The one mapping of a command's outcome to HTTP: the API never re-validates what the command service answered.</summary>
public sealed class ApiResultsTests
{
    [Fact]
    public void Accepted_is_200_refused_is_409_with_the_reason_and_invalid_is_400_naming_the_field()
    {
        var accepted = (IStatusCodeHttpResult)ApiResults.Outcome(CommandOutcome.Ok);
        var refused = Assert.IsType<ProblemHttpResult>(ApiResults.Outcome(CommandOutcome.Refused("Emergency stop is latched.")));
        var invalid = Assert.IsType<ValidationProblem>(ApiResults.Outcome(CommandOutcome.Invalid("probe", "probe: 9 does not exist; the console has probes 1 to 2.")));

        Assert.Equal(StatusCodes.Status200OK, accepted.StatusCode ?? StatusCodes.Status200OK);
        Assert.Equal((StatusCodes.Status409Conflict, "Emergency stop is latched."), (refused.StatusCode, refused.ProblemDetails.Detail));
        Assert.Equal(StatusCodes.Status400BadRequest, invalid.StatusCode);
        Assert.Equal(["probe: 9 does not exist; the console has probes 1 to 2."], invalid.ProblemDetails.Errors["probe"]);
    }

    [Fact]
    public void An_invalid_id_in_the_route_is_404_when_the_endpoint_says_so()
    {
        var outcome = CommandOutcome.Invalid("id", "id: no alarm 7 is shown (it never existed or has ended).");

        var notFound = Assert.IsType<ProblemHttpResult>(ApiResults.Outcome(outcome, notFoundField: "id"));
        var elsewhere = Assert.IsType<ValidationProblem>(ApiResults.Outcome(outcome, notFoundField: "procedureId"));

        Assert.Equal((StatusCodes.Status404NotFound, outcome.Reason), (notFound.StatusCode, notFound.ProblemDetails.Detail));
        Assert.Equal(StatusCodes.Status400BadRequest, elsewhere.StatusCode);
    }

    [Fact]
    public void An_invalid_outcome_always_names_a_field()
    {
        Assert.Throws<ArgumentException>(() => new CommandOutcome(CommandOutcomeKind.Invalid, "wrong", null));
        Assert.Equal("sensors[0].name", CommandOutcome.Invalid("sensors[0].name: too long.").Field);
        Assert.Equal("body", CommandOutcome.Invalid("no colon here").Field);
        Assert.Null(CommandOutcome.Refused("probe: busy").Field);
    }
}
