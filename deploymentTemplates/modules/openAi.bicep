// Azure OpenAI for the optional language model (settings Language:Endpoint and Language:Deployment): one model
// deployment, reached only with the app's managed identity (no keys), in the same region as the rest.

@description('Azure region (West Europe keeps prompts in the EU).')
param location string

@description('Azure OpenAI account name; also its custom subdomain (https://<name>.openai.azure.com/).')
@minLength(2)
@maxLength(64)
param name string

@description('Name of the model deployment the bot calls.')
param deploymentName string

@description('Model name, e.g. gpt-4o-mini.')
param modelName string

@description('Model version.')
param modelVersion string

@description('Capacity in thousands of tokens per minute.')
@minValue(1)
@maxValue(1000)
param capacity int

@description('Principal id of the managed identity that calls the model.')
param appPrincipalId string

@description('Log Analytics workspace for the account\'s audit and request logs (request metadata only; prompts are not logged).')
param workspaceId string

@description('Tags on every resource.')
param tags object

var cognitiveServicesOpenAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource modelDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: 'DataZoneStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, appPrincipalId, cognitiveServicesOpenAiUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUserRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: account
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'Audit'
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

@description('The endpoint the bot reads as Language:Endpoint.')
output endpoint string = account.properties.endpoint
