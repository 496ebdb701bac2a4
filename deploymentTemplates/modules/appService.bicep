// Linux App Service plan and the bot's Web App (.NET 10): HTTPS only, always on, health check on /readyz,
// one user-assigned managed identity (no system-assigned one: nothing would use it). Platform and console logs go to Log Analytics;
// HTTP access logs are left off because they would hold visitors' IP addresses.

@description('Azure region.')
param location string

@description('Name prefix for the resources.')
param namePrefix string

@description('Globally unique Web App name; the bot is reached at https://<name>.azurewebsites.net.')
param webAppName string

@description('App Service plan SKU (B1 is the smallest with always on; P0v3 and up for production).')
param skuName string

@description('Number of instances; the host is stateless, so more than one is safe.')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('Resource id of the user-assigned managed identity the app uses for Storage, Key Vault and the bot.')
param userAssignedIdentityId string

@description('App settings as name/value pairs.')
param appSettings array

@description('Log Analytics workspace for platform and console logs.')
param workspaceId string

@description('Tags on every resource.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${namePrefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${userAssignedIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: userAssignedIdentityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      appSettings: appSettings
    }
  }
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output defaultHostName string = site.properties.defaultHostName
output name string = site.name
