namespace CryoWeb.WebUI.Review;

/// <summary>A refused request value: the parameter it came in and what is wrong with it.</summary>
public sealed record ReviewProblem(string Parameter, string Message)
{
    /// <summary>"parameter: message", as shown to people and put in problem details.</summary>
    public override string ToString() => $"{Parameter}: {Message}";

    /// <summary>A 400 problem-details answer naming the parameter.</summary>
    public IResult ToResult() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [Parameter] = [ToString()] }, detail: ToString());
}
