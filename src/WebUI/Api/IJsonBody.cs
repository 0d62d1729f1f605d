namespace CryoWeb.WebUI.Api;

/// <summary>A request body that has been read: the problem to answer with if it could not be.</summary>
public interface IJsonBody
{
    /// <summary>400 problem details naming the field, or null when the body was read.</summary>
    IResult? Problem { get; }
}
