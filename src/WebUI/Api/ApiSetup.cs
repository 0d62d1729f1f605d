namespace CryoWeb.WebUI.Api;

/// <summary>REST under /api, OpenAPI, /healthz, /metrics. (Foundation stub; the API work fills it in.)</summary>
public static class ApiSetup
{
    public static IServiceCollection AddCryoWebApi(this IServiceCollection services) => services;

    public static WebApplication MapCryoWebApi(this WebApplication app) => app;
}
