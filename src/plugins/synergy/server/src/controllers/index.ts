import transitionsController from './transitions-controller';

export default transitionsController;
