namespace CryoWeb.WebUI.Components.Pages.Account;

/// <summary>Fields posted by the first-Admin form.</summary>
public sealed class SetupAdminForm
{
    public string? Token { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
