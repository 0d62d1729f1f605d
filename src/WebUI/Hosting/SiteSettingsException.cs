namespace CryoWeb.WebUI.Hosting;

/// <summary>The site settings file named by <c>CRYOWEB_SETTINGS</c> cannot be used: start-up stops.</summary>
public sealed class SiteSettingsException : Exception
{
    public SiteSettingsException()
    {
    }

    public SiteSettingsException(string message)
        : base(message)
    {
    }

    public SiteSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
