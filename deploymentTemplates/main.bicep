// TakeABreak.Bot on Azure: App Service (Linux, .NET 10), Azure Bot with Teams and Direct Line, Blob Storage,
// Key Vault, Log Analytics + Application Insights with an availability test on /readyz. Deploy into one resource group:
//   az deployment group create -g <group> -f main.bicep -p main.bicepparam   (see README.md)
targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration and the global alert rules. Default West Europe: data stays in the EU.')
param location string = 'westeurope'

@description('Short lowercase name used in every resource name.')
@minLength(3)
@maxLength(12)
param baseName string = 'takeabreak'

@description('Globally unique Web App name; the messaging endpoint becomes https://<webAppName>.azurewebsites.net/api/messages.')
@minLength(2)
@maxLength(60)
param webAppName string = 'app-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Bot display name in Teams and Web Chat.')
param botDisplayName string = 'TakeABreak'

@description('How the bot authenticates to Bot Framework: UserAssignedMSI (no secret, recommended) or SingleTenant (app registration with a client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the Entra ID app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant only: client secret of the app registration; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string = ''

@description('Azure Bot pricing tier. Direct Line (the website widget) counts as premium channel traffic.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Bot Service location: global, or westeurope for the EU data boundary (needs the bot configured for the European Bot Framework endpoints).')
@allowed([
  'global'
  'westeurope'
])
param botLocation string = 'global'

@description('Origins of the websites that embed the chat widget (embed.js), e.g. [\'https://www.moviera.nl\']. They become Widget:EmbedOrigins (CSP frame-ancestors and who may ask for a widget token).')
param webChatOrigins array = []

@description('The https address the public uses for the bot host (a custom domain, if any). Empty: https://<webAppName>.azurewebsites.net.')
param publicBaseUrl string = ''

@description('E-mail address that hears when /readyz fails from several locations. Empty: the alert shows only in the portal.')
param alertEmailAddress string = ''

@description('Base64 of a 256-bit key that protects the Data Protection key ring at rest (generate with: openssl rand -base64 32). Stored in Key Vault.')
@secure()
@minLength(44)
@maxLength(44)
param storageProtectionKey string

@description('App Service plan SKU.')
@allowed([
  'B1'
  'B2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'P0v3'

@description('Number of Web App instances.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Days a deleted blob can still be restored; deleted records are really gone only after this.')
@minValue(1)
@maxValue(30)
param blobSoftDeleteDays int = 7

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Deploy Azure OpenAI for the optional language model (signal suggestions, staff summary). Off: the bot uses only its deterministic recognizer.')
param languageModel bool = false

@description('Language model to deploy when languageModel is true.')
param languageModelName string = 'gpt-4o-mini'

@description('Version of the language model.')
param languageModelVersion string = '2024-07-18'

@description('Language model capacity in thousands of tokens per minute.')
@minValue(1)
@maxValue(1000)
param languageModelCapacity int = 30

@description('Entra tenant ids whose users may talk to the bot in Teams (Moviera and partner organisations); others get a polite refusal. Empty: every tenant that installs the app.')
param teamsAllowedTenants array = []

@description('Entra object ids of the Moviera staff who may link the Teams staff channel and claim or close requests from its cards. Empty: nobody can.')
param teamsStaffObjectIds array = []

@description('Client id of the Entra ID app registration staff sign in with on /staff (redirect URI https://<host>/signin-oidc). Empty: nobody can sign in to the staff page.')
param staffSignInClientId string = ''

@description('Client secret of that app registration; stored in Key Vault, never in app settings.')
@secure()
param staffSignInClientSecret string = ''

@description('Object id of the Entra ID group whose members are Moviera staff on /staff, besides the app role Moviera.Staff. Empty: the app role only.')
param staffGroupId string = ''

@description('Tags on every resource.')
param tags object = {
  application: 'TakeABreak.Bot'
  owner: 'Stichting Moviera'
}

var suffix = uniqueString(resourceGroup().id)
var namePrefix = '${baseName}-${take(suffix, 6)}'
var usesManagedIdentity = botAppType == 'UserAssignedMSI'
var appInsightsName = 'appi-${namePrefix}'
var protectionKeySecretName = 'storage-protection-key'
var appPasswordSecretName = 'microsoft-app-password'
var directLineSecretName = 'directline-secret'
var staffSignInSecretName = 'staff-signin-client-secret'
var hostUrl = empty(publicBaseUrl) ? 'https://${webAppName}.azurewebsites.net' : publicBaseUrl
// Azure's Direct Line for the widget; the European endpoint when the bot registration stays in the EU
var directLineDomain = botLocation == 'westeurope'
  ? 'https://europe.directline.botframework.com/v3/directline'
  : 'https://directline.botframework.com/v3/directline'

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${namePrefix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    appInsightsName: appInsightsName
    retentionInDays: logRetentionDays
    tags: tags
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
  dependsOn: [
    monitoring
  ]
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: take('st${replace(baseName, '-', '')}${suffix}', 24)
    appPrincipalId: appIdentity.properties.principalId
    softDeleteRetentionInDays: blobSoftDeleteDays
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: take('kv-${baseName}-${suffix}', 24)
    appPrincipalId: appIdentity.properties.principalId
    protectionKeyName: protectionKeySecretName
    storageProtectionKey: storageProtectionKey
    appCredentialName: appPasswordSecretName
    microsoftAppPassword: usesManagedIdentity ? '' : botAppPassword
    staffSignInSecretName: staffSignInSecretName
    staffSignInClientSecret: empty(staffSignInClientId) ? '' : staffSignInClientSecret
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

var languageDeploymentName = 'takeabreak-language'

module openAi 'modules/openAi.bicep' = if (languageModel) {
  name: 'openAi'
  params: {
    location: location
    name: 'oai-${namePrefix}'
    deploymentName: languageDeploymentName
    modelName: languageModelName
    modelVersion: languageModelVersion
    capacity: languageModelCapacity
    appPrincipalId: appIdentity.properties.principalId
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

// The host reads Language:Endpoint and Language:Deployment; without Language:ApiKey it signs in with the managed
// identity (AZURE_CLIENT_ID), which the module gives the Cognitive Services OpenAI User role.
var languageSettings = languageModel
  ? [
      { name: 'Language__Endpoint', value: openAi!.outputs.endpoint }
      { name: 'Language__Deployment', value: languageDeploymentName }
    ]
  : []

var microsoftAppId = usesManagedIdentity ? appIdentity.properties.clientId : botAppId

var appSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  // The platform's front end forwards every request: without this, all visitors share one per-address limit.
  { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
  { name: 'AZURE_CLIENT_ID', value: appIdentity.properties.clientId }
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  { name: 'Storage__Provider', value: 'Blob' }
  { name: 'Storage__Blob__AccountUrl', value: storage.outputs.blobEndpoint }
  { name: 'Storage__ProtectionKey', value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${protectionKeySecretName})' }
  { name: 'PublicBaseUrl', value: hostUrl }
  { name: 'DirectLine__Enabled', value: 'false' }
  { name: 'Widget__DirectLineDomain', value: directLineDomain }
  { name: 'Widget__DirectLineSecret', value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${directLineSecretName})' }
  { name: 'Widget__EmbedOrigins', value: join(webChatOrigins, ' ') }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
]

// Teams: who may use the bot, and who is Moviera staff in the staff channel (Teams:AllowedTenants, Teams:StaffObjectIds)
var teamsSettings = concat(
  empty(teamsAllowedTenants) ? [] : [{ name: 'Teams__AllowedTenants', value: join(teamsAllowedTenants, ' ') }],
  empty(teamsStaffObjectIds) ? [] : [{ name: 'Teams__StaffObjectIds', value: join(teamsStaffObjectIds, ' ') }]
)

// The staff page's sign-in (Staff:EntraId, Microsoft.Identity.Web) in this tenant, and the staff group (Staff:GroupId)
var staffSettings = concat(
  empty(staffSignInClientId) ? [] : [
    { name: 'Staff__EntraId__Instance', value: environment().authentication.loginEndpoint }
    { name: 'Staff__EntraId__TenantId', value: tenant().tenantId }
    { name: 'Staff__EntraId__ClientId', value: staffSignInClientId }
    { name: 'Staff__EntraId__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${staffSignInSecretName})' }
  ],
  empty(staffGroupId) ? [] : [{ name: 'Staff__GroupId', value: staffGroupId }]
)

var appPasswordSettings = usesManagedIdentity
  ? []
  : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${appPasswordSecretName})' }]


module app 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    location: location
    namePrefix: namePrefix
    webAppName: webAppName
    skuName: appServiceSku
    instanceCount: instanceCount
    userAssignedIdentityId: appIdentity.id
    appSettings: [...appSettings, ...appPasswordSettings, ...teamsSettings, ...staffSettings, ...languageSettings]
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${namePrefix}'
    displayName: botDisplayName
    endpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    appType: botAppType
    appId: microsoftAppId
    tenantId: tenant().tenantId
    msiResourceId: usesManagedIdentity ? appIdentity.id : ''
    skuName: botSku
    widgetOrigin: hostUrl
    keyVaultName: keyVault.outputs.name
    directLineSecretName: directLineSecretName
    workspaceId: monitoring.outputs.workspaceId
    location: botLocation
    tags: tags
  }
}

module availability 'modules/availability.bicep' = {
  name: 'availability'
  params: {
    location: location
    namePrefix: namePrefix
    appInsightsName: appInsightsName
    readyzUrl: '${hostUrl}/readyz'
    alertEmailAddress: alertEmailAddress
    tags: tags
  }
  dependsOn: [
    monitoring
  ]
}

@description('Web App name (for az webapp deploy).')
output webAppName string = app.outputs.name

@description('Public host name of the Web App.')
output webAppHostName string = app.outputs.defaultHostName

@description('Bot messaging endpoint registered in Azure Bot.')
output messagingEndpoint string = 'https://${app.outputs.defaultHostName}/api/messages'

@description('Microsoft App ID: put it in teams/manifest.json as the bot id.')
output microsoftAppId string = microsoftAppId

@description('Azure Bot resource name (for az bot commands).')
output botName string = bot.outputs.name

@description('Key Vault name (rotate secrets here).')
output keyVaultName string = keyVault.outputs.name
