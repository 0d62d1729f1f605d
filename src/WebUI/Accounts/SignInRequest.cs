namespace CryoWeb.WebUI.Accounts;

/// <summary>Body of POST /api/signin (scripts and tests; people use the sign-in page).</summary>
public sealed record SignInRequest(string? UserName, string? Password);
